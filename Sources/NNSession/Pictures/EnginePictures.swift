import NNCore

/// The engine thread's rule for when to compute pictures (`NetworkPictures`) for the
/// snapshots it publishes: only when someone asked for them (`EnginePublisher.request`),
/// only when the network or the sizes changed, and while training at most as often as
/// `PaintThrottle` allows, however often snapshots go out (every 5 ms).
///
/// A forced snapshot (after commands, on pausing, on stopping) always carries pictures
/// of the network it shows, so a paused screen is exact. Otherwise pictures may be a
/// frame older than the snapshot's parameters.
struct EnginePictures {
    private var painter = PicturePainter()
    private var throttle = PaintThrottle()

    /// The pictures to publish with `state` at `now` (nanoseconds of `MonotonicClock`) for `request`.
    mutating func pictures(of state: PlaygroundState, request: PictureRequest?, now: UInt64,
                           forced: Bool) -> NetworkPictures? {
        guard let request else { return nil }
        if let latest = painter.latest, latest.spec == request.spec,
           !throttle.isDue(now: now, interval: request.interval, forced: forced) {
            return latest
        }
        let before = painter.paintings
        let start = MonotonicClock.now()
        let pictures = painter.pictures(of: state.trainer.network, features: state.config.features,
                                        spec: request.spec, version: state.version)
        if painter.paintings != before { throttle.record(start: start, end: MonotonicClock.now()) }
        return pictures
    }
}
