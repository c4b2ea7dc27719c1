import NNCore

/// What the UI needs to draw one frame, copied out of the `PlaygroundState` after a
/// step: immutable, so the UI thread reads it while training goes on.
///
/// Copying is cheap: the arrays inside (parameters, samples, history) are shared
/// copy-on-write with the state, and the samples are the very arrays the trainer
/// holds, so they are only copied when the data change (`dataVersion`). Every field
/// comes from one state at one moment; only `metrics` may be older (the engine
/// re-measures at most as often as its budget allows; see `metrics.sessionStep`).
package struct Snapshot: Sendable {
    /// The state's `version`: unchanged means nothing changed.
    package let version: Int
    /// The state's `dataVersion`: unchanged means the same points.
    package let dataVersion: Int
    package let config: TrainingConfig
    package let problem: Problem
    /// The network with its current parameters.
    package let network: Network
    /// Steps since the session began (the log's clock).
    package let sessionStep: Int
    /// The current network's steps and completed epochs (0 after a rebuild or reset).
    package let step: Int
    package let epoch: Int
    /// Batches in one epoch at the current batch size and training-set size.
    package let stepsPerEpoch: Int
    /// The learning rate in force (after the schedule).
    package let learningRate: Double
    /// Global gradient norm of the last update, before clipping.
    package let gradientNorm: Double
    /// Loss and accuracy (measured at `metrics.sessionStep`).
    package let metrics: LiveMetrics
    package let lossHistory: LossHistory
    /// Under early stopping, the epoch with the lowest validation loss so far (the loss
    /// chart marks it); nil otherwise.
    package let bestEpoch: Int?
    /// The epoch at which early stopping paused training, if it just did.
    package let stoppedEarlyAt: Int?
    /// The network step whose update produced NaN or infinity, if it did.
    package let divergedAtStep: Int?
    /// GA or CMA-ES: how the population spreads (σ for CMA-ES); nil for the gradient
    /// optimizers and before the first generation.
    package let evolution: EvolutionStatus?
    package let isPlaying: Bool
    /// How fast the engine trains while playing.
    package let pace: Pace
    /// The pace in steps per second at the current steps per epoch; nil for as fast as possible.
    package var stepsPerSecond: Int? { pace.stepRate(stepsPerEpoch: stepsPerEpoch) }
    package let resetCount: Int
    package let lastRejection: CommandRejection?
    package let trainSamples: [Sample]
    package let testSamples: [Sample]
    /// The validation points (empty without a validation ratio).
    package let validationSamples: [Sample]
    /// Training speed measured by the engine (0 when paused or synchronous).
    package let epochsPerSecond: Double
    /// The lesson goal being watched, how it stood at the last check, and when it was met.
    package let watchedGoal: LessonGoal?
    package let goalEvaluation: LessonGoal.Evaluation?
    package let goalMetAt: GoalMoment?
    /// The pictures of the network at the sizes the screen asked for (nil if it did not
    /// ask). While training they may be a frame older than `network`; in a snapshot
    /// published after commands or on pausing they show `network` itself.
    package internal(set) var pictures: NetworkPictures?
    /// The figures of the inspector view the screen asked for (`PictureRequest.inspector`);
    /// nil when none is open. Like `pictures`, possibly a frame older than `network`.
    package internal(set) var inspection: Inspection?

    /// A copy of `state` (with `metrics` measured for it or a moment before, and
    /// `pictures` of its network or one a moment before).
    package init(state: PlaygroundState, metrics: LiveMetrics, epochsPerSecond: Double,
                pictures: NetworkPictures? = nil) {
        let trainer = state.trainer
        version = state.version
        dataVersion = state.dataVersion
        config = trainer.config
        problem = trainer.problem
        network = trainer.network
        sessionStep = state.sessionStep
        step = trainer.steps
        epoch = trainer.epochs
        stepsPerEpoch = trainer.stepsPerEpoch
        learningRate = trainer.currentLearningRate
        gradientNorm = trainer.lastGradientNorm
        self.metrics = metrics
        lossHistory = state.lossHistory
        bestEpoch = state.bestEpoch
        stoppedEarlyAt = state.stoppedEarlyAt
        divergedAtStep = trainer.divergedAtStep
        evolution = trainer.evolution?.status
        isPlaying = state.isPlaying
        pace = state.pace
        resetCount = state.resetCount
        lastRejection = state.lastRejection
        trainSamples = trainer.split.train
        testSamples = trainer.split.test
        validationSamples = trainer.split.validation
        self.epochsPerSecond = epochsPerSecond
        watchedGoal = state.watchedGoal
        goalEvaluation = state.goalEvaluation
        goalMetAt = state.goalMetAt
        self.pictures = pictures
    }

    /// Whether training has blown up (the UI shows "diverged at step k").
    package var isDiverged: Bool { divergedAtStep != nil }
}
