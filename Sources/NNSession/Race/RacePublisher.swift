import NNCore

/// The engine thread's bookkeeping for publishing a race: one playground publisher
/// (`EnginePublisher`: figures, pictures, speed) per variant, kept by the variant's id,
/// so that every variant's decision grid is computed on the engine's thread, with the
/// same throttling as the playground's, and the UI only draws.
///
/// All variants are published together in one `RaceSnapshot`: four heatmaps cost the
/// UI thread what one does.
package struct RacePublisher: EngineSnapshotting {
    package typealias State = RaceState
    private let interval: UInt64
    private var publishers: [Int: EnginePublisher] = [:]
    private var lastPublished: UInt64 = 0
    /// The pictures the screen asked for, the same sizes for every variant (small
    /// multiples); nil: none.
    package var request: PictureRequest? {
        didSet { for id in publishers.keys { publishers[id]?.request = request } }
    }

    package init(interval: UInt64) {
        self.interval = interval
    }

    /// Whether a snapshot is due at `now` while training.
    package func isDue(_ now: UInt64) -> Bool {
        now &- lastPublished >= interval
    }

    /// The snapshot of `race` to publish at `now`.
    package mutating func snapshot(of race: RaceState, now: UInt64, forced: Bool) -> RaceSnapshot {
        let ids = Set(race.entrants.map(\.id))
        publishers = publishers.filter { ids.contains($0.key) }
        let snapshots = race.entrants.map { entrant -> Snapshot in
            var publisher = publishers[entrant.id] ?? {
                var fresh = EnginePublisher(interval: interval)
                fresh.request = request
                return fresh
            }()
            defer { publishers[entrant.id] = publisher }
            return publisher.snapshot(of: entrant.playground, now: now, forced: forced)
        }
        lastPublished = now
        return RaceSnapshot(state: race, snapshots: snapshots)
    }
}
