import NNCore

/// Everything a finished `nnplay train` run reports, in plain values: the text and
/// JSON reports are two renderings of one summary.
struct TrainingSummary {
    /// The configuration trained with.
    var config: TrainingConfig
    var problem: Problem
    /// All points, then the parts of the split.
    var pointCount: Int
    var trainCount: Int
    var validationCount: Int
    var testCount: Int
    /// [inputs, hidden…, outputs].
    var layerSizes: [Int]
    var parameterCount: Int
    /// Epochs and steps of this run.
    var epochs: Int
    var steps: Int
    /// Epochs and steps of the model's whole life (a loaded model's plus this run's).
    var totalEpochs: Int
    var totalSteps: Int
    /// Seconds spent in the training loop (progress display excluded).
    var seconds: Double
    /// The step whose update produced NaN or infinity, if training diverged.
    var divergedAtStep: Int?
    var evaluation: TrainingEvaluation
    /// Where the model was saved, if it was.
    var savedTo: String?
    /// Early stopping as it ended (nil without `--patience`).
    var earlyStopping: EarlyStopping?

    init(trainer: Trainer, pointCount: Int, seconds: Double, priorEpochs: Int, priorSteps: Int, savedTo: String?,
         earlyStopping: EarlyStopping? = nil) {
        config = trainer.config
        problem = trainer.problem
        self.pointCount = pointCount
        trainCount = trainer.trainInputs.count
        validationCount = trainer.validationInputs.count
        testCount = trainer.testInputs.count
        layerSizes = trainer.network.layout.sizes
        parameterCount = trainer.network.layout.parameterCount
        epochs = trainer.epochs
        steps = trainer.steps
        totalEpochs = priorEpochs + trainer.epochs
        totalSteps = priorSteps + trainer.steps
        self.seconds = seconds
        divergedAtStep = trainer.divergedAtStep
        evaluation = trainer.evaluate()
        self.savedTo = savedTo
        self.earlyStopping = earlyStopping
    }

    /// Whether early stopping ended the run before `--epochs`.
    var stoppedEarly: Bool { earlyStopping?.stoppedEpoch != nil }

    /// The epoch (of this run) with the lowest validation loss under early stopping.
    var bestEpoch: Int? { earlyStopping?.bestEpoch }

    /// Whether the reported network has the best epoch's weights put back.
    var restoredBest: Bool { stoppedEarly && config.restoreBestWeights && bestEpoch != nil }

    /// Epochs per second of training, nil when nothing was timed.
    var epochsPerSecond: Double? {
        epochs > 0 && seconds > 0 ? Double(epochs) / seconds : nil
    }

    /// True when an L1 or L2 penalty is part of the training loss.
    var hasPenalty: Bool {
        config.regularization.l1 > 0 || config.regularization.l2 > 0
    }

    /// The name of the data: the built-in's name or the CSV file as given.
    var datasetName: String {
        config.dataset.displayName
    }

    /// The message every report gives for a diverged run, nil otherwise.
    var divergenceMessage: String? {
        divergedAtStep.map { "diverged at step \($0) (NaN, infinite or beyond 1e15): try a smaller --lr" }
    }

    /// The set whose confusion matrix is shown: the test set, or the training set
    /// when nothing is held out.
    var shownSet: (name: String, evaluation: SetEvaluation) {
        if let test = evaluation.test { return ("test set", test) }
        return ("training set", evaluation.train)
    }
}
