import NNCore

/// The final figures of one headless run that a comparison reports: loss and accuracy
/// (nil for regression) on each set (nil when the set is empty), and whether it diverged.
struct RunFigures: Equatable, Sendable {
    var trainLoss: Double
    var trainAccuracy: Double?
    var validationLoss: Double?
    var validationAccuracy: Double?
    var testLoss: Double?
    var testAccuracy: Double?
    var diverged: Bool

    init(_ trainer: Trainer) {
        let e = trainer.evaluate()
        trainLoss = e.train.loss
        trainAccuracy = e.train.accuracy
        validationLoss = e.validation?.loss
        validationAccuracy = e.validation?.accuracy
        testLoss = e.test?.loss
        testAccuracy = e.test?.accuracy
        diverged = trainer.divergedAtStep != nil
    }
}

/// Trains a run with no screen and no clock, an epoch at a time: the epochs of
/// `nnplay train`, with its early stopping when the configuration has a patience, so
/// a run here ends with the same bits as the same setup trained by `nnplay train`.
struct HeadlessTraining {
    private(set) var trainer: Trainer
    /// The early-stopping rule as it stands (nil without a patience).
    private(set) var stopper: EarlyStopping?
    /// True once training diverged or early stopping stopped it.
    private(set) var isFinished = false

    init(_ trainer: Trainer) {
        self.trainer = trainer
        stopper = trainer.config.earlyStopping
        isFinished = trainer.divergedAtStep != nil
    }

    /// One more epoch, unless the run is finished.
    mutating func epoch() {
        guard !isFinished else { return }
        trainer.trainEpoch()
        if trainer.divergedAtStep != nil { isFinished = true; return }
        if var rule = stopper {
            isFinished = trainer.endEpochForEarlyStopping(&rule)
            stopper = rule
        }
    }

    /// Builds the trainer for `config` on its points (`csv`: the CSV points, for CSV data)
    /// and trains it `epochs` epochs (fewer on divergence or early stopping).
    static func run(_ config: TrainingConfig, csv: Dataset?, epochs: Int) throws(InputError) -> Trainer {
        train(try Trainer(config: config, dataset: DatasetFactory.make(config, loaded: csv)), epochs: epochs)
    }

    /// `trainer` after `epochs` epochs (fewer on divergence or early stopping).
    static func train(_ trainer: Trainer, epochs: Int) -> Trainer {
        var run = HeadlessTraining(trainer)
        for _ in 0..<epochs where !run.isFinished { run.epoch() }
        return run.trainer
    }
}
