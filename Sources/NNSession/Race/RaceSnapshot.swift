import NNCore

/// What the race screen draws, published whole by the engine: the race's own figures
/// and each variant's playground `Snapshot` (with its decision grid when the screen
/// asked for pictures), all from one moment of the race.
package struct RaceSnapshot: Sendable {
    /// One variant as published.
    package struct Variant: Sendable {
        /// The variant's `RaceEntrant.id` (stays with it as others come and go).
        package let id: Int
        package let name: String
        package let snapshot: Snapshot
    }

    /// The state's `version`: unchanged means nothing changed.
    package let version: Int
    package let sessionStep: Int
    package let isPlaying: Bool
    package let pace: Pace
    /// The pace in race steps per second; nil for as fast as possible.
    package let stepsPerSecond: Int?
    package let lastRejection: CommandRejection?
    package let variants: [Variant]

    /// `state` with `snapshots` of its variants in order (made by the caller: the engine's
    /// publisher, or `RaceState.snapshot(pictures:)` headless).
    package init(state: RaceState, snapshots: [Snapshot]) {
        version = state.version
        sessionStep = state.sessionStep
        isPlaying = state.isPlaying
        pace = state.pace
        stepsPerSecond = state.stepsPerSecond
        lastRejection = state.lastRejection
        variants = zip(state.entrants, snapshots).map { Variant(id: $0.id, name: $0.name, snapshot: $1) }
    }

    /// The variant with `id`, if it is in the race.
    package func variant(_ id: Int) -> Variant? {
        variants.first { $0.id == id }
    }
}

extension RaceSnapshot {
    /// The snapshot of `race` with no engine (headless replay, tests): every variant
    /// measured now, with pictures at `spec`'s sizes painted by `painters` (one per
    /// variant id, kept by the caller from one call to the next).
    package static func headless(_ race: RaceState, pictures spec: PictureSpec? = nil,
                                 painters: inout [Int: PicturePainter]) -> RaceSnapshot {
        let snapshots = race.entrants.map { entrant -> Snapshot in
            let plain = entrant.playground.snapshot()
            guard let spec else { return plain }
            var painter = painters[entrant.id] ?? PicturePainter()
            defer { painters[entrant.id] = painter }
            return plain.painted(spec, by: &painter)
        }
        return RaceSnapshot(state: race, snapshots: snapshots)
    }
}
