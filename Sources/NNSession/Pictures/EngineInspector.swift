import NNCore

/// The engine thread's rule for the inspector's figures (`Snapshot.inspection`), the
/// same as `EnginePictures`' for pictures: computed only while a view is asked for
/// (`PictureRequest.inspector`), only when the network or the request changed, while
/// training at most as often as `PaintThrottle` allows, and always afresh for a forced
/// snapshot.
struct EngineInspector {
    private var painter = InspectorPainter()
    private var throttle = PaintThrottle()

    /// The inspection to publish with `state` at `now` for `request`.
    mutating func inspection(of state: PlaygroundState, request: PictureRequest?, now: UInt64,
                             forced: Bool) -> Inspection? {
        guard let request, let spec = request.inspector else { return nil }
        if let latest = painter.latest, latest.spec == spec,
           !throttle.isDue(now: now, interval: request.interval, forced: forced) {
            return latest
        }
        let before = painter.inspections
        let start = MonotonicClock.now()
        let trainer = state.trainer
        let inspection = painter.inspection(of: trainer.network, features: trainer.config.features,
                                            loss: trainer.config.loss, problem: trainer.problem,
                                            threshold: trainer.config.threshold, split: trainer.split,
                                            step: trainer.steps, epoch: trainer.epochs, spec: spec,
                                            version: state.version)
        if painter.inspections != before { throttle.record(start: start, end: MonotonicClock.now()) }
        return inspection
    }
}
