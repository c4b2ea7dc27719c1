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

/// Trains runs with no screen and no clock: the epochs of `nnplay train`, with its
/// early stopping when the configuration has a patience, so a run here ends with the
/// same bits as the same setup trained by `nnplay train`.
enum HeadlessTraining {
    /// Builds the trainer for `config` on its points (`csv`: the CSV points, for CSV data)
    /// and trains it `epochs` epochs (fewer on divergence or early stopping).
    static func run(_ config: TrainingConfig, csv: Dataset?, epochs: Int) throws(InputError) -> Trainer {
        var trainer = try Trainer(config: config, dataset: DatasetFactory.make(config, loaded: csv))
        train(&trainer, epochs: epochs)
        return trainer
    }

    /// `epochs` epochs of `trainer`, stopping on divergence or when early stopping says so.
    static func train(_ trainer: inout Trainer, epochs: Int) {
        var stopper = trainer.config.earlyStopping
        for _ in 0..<epochs where trainer.divergedAtStep == nil {
            trainer.trainEpoch()
            if var rule = stopper, trainer.divergedAtStep == nil {
                let stopped = trainer.endEpochForEarlyStopping(&rule)
                stopper = rule
                if stopped { return }
            }
        }
    }
}
