/// The engine thread's bookkeeping for publishing snapshots: when one is due, whether
/// to measure the loss and accuracy again or reuse the last figures, the pictures the
/// screen asked for (`EnginePictures`), and the measured training speed.
///
/// Measuring (a forward pass over every point) costs about as much as an epoch of
/// training on large data, so while playing the figures are re-measured only when at
/// least `costFactor` times the last measurement's cost has passed since it. A forced
/// snapshot (after a command, on pausing, on stopping) is always measured afresh, so a
/// paused screen shows exact figures.
package struct EnginePublisher: EngineSnapshotting {
    package typealias State = PlaygroundState
    /// Nanoseconds between two snapshots while training.
    let interval: UInt64
    /// Measure at most once per this many times the cost of measuring.
    static let costFactor: UInt64 = 100
    /// The window over which epochs per second are averaged.
    static let speedWindow: UInt64 = 500_000_000

    private(set) var lastPublished: UInt64 = 0
    /// What the screen asked for last (pictures and the inspector's figures); nil: none at all.
    package var request: PictureRequest?
    /// The pictures published with the snapshots, and when to compute them again.
    private var pictures = EnginePictures()
    /// The inspector's figures, asked for with the pictures (`PictureRequest.inspector`).
    private var inspector = EngineInspector()
    private var metrics: LiveMetrics?
    private var metricsVersion = -1
    private var metricsCost: UInt64 = 0
    private var metricsTime: UInt64 = 0

    private var epochsDone = 0.0
    private var lastSessionStep = 0
    private var windowStart: UInt64 = 0
    private var windowEpochs = 0.0
    private var wasPlaying = false
    private(set) var epochsPerSecond = 0.0

    package init(interval: UInt64) {
        self.interval = interval
    }

    /// Whether a snapshot is due at `now` while training.
    package func isDue(_ now: UInt64) -> Bool {
        now &- lastPublished >= interval
    }

    /// The snapshot of `state` to publish at `now`.
    package mutating func snapshot(of state: PlaygroundState, now: UInt64, forced: Bool) -> Snapshot {
        updateSpeed(state, now: now)
        let stale = metricsVersion != state.version
        if metrics == nil || (stale && (forced || now &- metricsTime >= EnginePublisher.costFactor &* metricsCost)) {
            let start = MonotonicClock.now()
            metrics = state.metrics()
            let end = MonotonicClock.now()
            metricsCost = end &- start
            metricsTime = end
            metricsVersion = state.version
        }
        let painted = pictures.pictures(of: state, request: request, now: now, forced: forced)
        lastPublished = now
        var snapshot = state.snapshot(metrics: metrics, epochsPerSecond: epochsPerSecond, pictures: painted)
        snapshot.inspection = inspector.inspection(of: state, request: request, now: now, forced: forced)
        return snapshot
    }

    /// Epochs trained (steps / steps per epoch, summed across rebuilds) over the last
    /// window of at least `speedWindow`; 0 while paused.
    private mutating func updateSpeed(_ state: PlaygroundState, now: UInt64) {
        let steps = state.sessionStep - lastSessionStep
        lastSessionStep = state.sessionStep
        epochsDone += Double(steps) / Double(max(1, state.trainer.stepsPerEpoch))
        defer { wasPlaying = state.isPlaying }
        guard state.isPlaying else {
            epochsPerSecond = 0
            return
        }
        if !wasPlaying {
            windowStart = now
            windowEpochs = epochsDone
        } else if now &- windowStart >= EnginePublisher.speedWindow {
            epochsPerSecond = (epochsDone - windowEpochs) / (Double(now &- windowStart) / 1e9)
            windowStart = now
            windowEpochs = epochsDone
        }
    }
}
