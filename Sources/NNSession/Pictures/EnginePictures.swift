import NNCore

/// The engine thread's rule for when to compute pictures (`NetworkPictures`) for the
/// snapshots it publishes: only when someone asked for them (`request`), only when the
/// network or the sizes changed, and while training at most once per the request's
/// interval, however often snapshots go out (every 5 ms).
///
/// A forced snapshot (after commands, on pausing, on stopping) always carries pictures
/// of the network it shows, so a paused screen is exact. Otherwise pictures may be a
/// frame older than the snapshot's parameters; and if computing them costs more than
/// a fifth of the interval, they are computed less often (at most a fifth of the
/// thread's time goes to them), so a huge terminal slows the pictures, not training.
struct EnginePictures {
    /// What the screen asked for last; nil: no pictures at all.
    var request: PictureRequest?
    /// Compute at most once per this many times the cost of computing.
    static let costFactor: UInt64 = 5

    private var painter = PicturePainter()
    private var paintedAt: UInt64 = 0
    private var cost: UInt64 = 0

    /// The pictures to publish with `state` at `now` (nanoseconds of `MonotonicClock`).
    mutating func pictures(of state: PlaygroundState, now: UInt64, forced: Bool) -> NetworkPictures? {
        guard let request else { return nil }
        if let latest = painter.latest, latest.spec == request.spec, !forced {
            let gap = max(MonotonicClock.nanoseconds(request.interval), EnginePictures.costFactor &* cost)
            if now &- paintedAt < gap { return latest }
        }
        let before = painter.paintings
        let start = MonotonicClock.now()
        let pictures = painter.pictures(of: state.trainer.network, features: state.config.features,
                                        spec: request.spec, version: state.version)
        if painter.paintings != before {
            cost = MonotonicClock.now() &- start
            paintedAt = start
        }
        return pictures
    }
}
