import NNCore

/// The engine thread's rule for the inspector's figures (`Snapshot.inspection`), the
/// same as `EnginePictures`' for pictures: computed only while a view is asked for
/// (`PictureRequest.inspector`), only when the network or the request changed, while
/// training at most as often as `PaintThrottle` allows, and always afresh for a forced
/// snapshot.
///
/// The gradient flow's history is the exception: while a screen watches (any request)
/// and its view is closed, a new epoch's flow is still measured, at most once per
/// frame and a fifth of the thread's time (its own `PaintThrottle`), so the history
/// covers the run when the student opens the view. A full-batch pass over the
/// training points costs about an epoch of training: at the default pace (60
/// epochs/s) a few hundredths of a percent of a core for the built-in datasets.
struct EngineInspector {
    private var painter = InspectorPainter()
    private var throttle = PaintThrottle()
    private var flowThrottle = PaintThrottle()

    /// The inspection to publish with `state` at `now` for `request`.
    mutating func inspection(of state: PlaygroundState, request: PictureRequest?, now: UInt64,
                             forced: Bool) -> Inspection? {
        guard let request else { return nil }
        if request.inspector?.view != .gradientFlow { recordGradientFlow(state, request: request, now: now, forced: forced) }
        guard let spec = request.inspector else { return nil }
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

    /// The gradient flow of a new epoch, measured while its view is closed (see above).
    private mutating func recordGradientFlow(_ state: PlaygroundState, request: PictureRequest, now: UInt64,
                                             forced: Bool) {
        guard flowThrottle.isDue(now: now, interval: request.interval, forced: forced) else { return }
        let trainer = state.trainer
        let start = MonotonicClock.now()
        if painter.recordGradientFlow(of: trainer.network, features: trainer.config.features, loss: trainer.config.loss,
                                      problem: trainer.problem, split: trainer.split, step: trainer.steps,
                                      epoch: trainer.epochs) {
            flowThrottle.record(start: start, end: MonotonicClock.now())
        }
    }
}
