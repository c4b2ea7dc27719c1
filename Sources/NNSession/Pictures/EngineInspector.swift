import NNCore

/// The engine thread's rule for the inspector's figures (`Snapshot.inspection`), the
/// same as `EnginePictures`' for pictures: computed only while a view is asked for
/// (`PictureRequest.inspector`), only when the network or the request changed, while
/// training at most once per the request's interval (and less often if computing costs
/// more than a fifth of it), and always afresh for a forced snapshot.
struct EngineInspector {
    /// Compute at most once per this many times the cost of computing.
    static let costFactor: UInt64 = 5

    private var painter = InspectorPainter()
    private var paintedAt: UInt64 = 0
    private var cost: UInt64 = 0

    /// The inspection to publish with `state` at `now` for `request`.
    mutating func inspection(of state: PlaygroundState, request: PictureRequest?, now: UInt64,
                             forced: Bool) -> Inspection? {
        guard let request, let spec = request.inspector else { return nil }
        if let latest = painter.latest, latest.spec == spec, !forced {
            let gap = max(MonotonicClock.nanoseconds(request.interval), EngineInspector.costFactor &* cost)
            if now &- paintedAt < gap { return latest }
        }
        let start = MonotonicClock.now()
        let trainer = state.trainer
        let inspection = painter.inspection(of: trainer.network, features: trainer.config.features,
                                            loss: trainer.config.loss, problem: trainer.problem, split: trainer.split,
                                            step: trainer.steps, epoch: trainer.epochs, spec: spec,
                                            version: state.version)
        cost = MonotonicClock.now() &- start
        paintedAt = start
        return inspection
    }
}
