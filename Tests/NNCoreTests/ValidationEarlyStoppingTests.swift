import Foundation
import Testing
@testable import NNCore

/// The validation split in the trainer and early stopping on it
/// (`Trainer.endEpochForEarlyStopping`): sizes, no change at ratio 0, and restored
/// weights that are bit for bit those of a run stopped at the best epoch.
@Suite struct ValidationEarlyStoppingTests {
    /// Spiral with noise over-fits an 8-8 network quickly, so the validation loss turns.
    static func spiral(validation: Double, patience: Int? = nil) -> TrainingConfig {
        var c = TrainingConfig(dataset: DatasetConfig(kind: .spiral, noise: 0.2, testRatio: 0.5),
                               hiddenLayers: [8, 8], optimizer: OptimizerConfig(kind: .adam, learningRate: 0.03))
        c.dataset.validationRatio = validation
        c.patience = patience
        return c
    }

    /// 500 points at test 0.5 and validation 0.2: 150 train, 100 validation, 250 test,
    /// and the test set is the one a run without validation holds out.
    @Test func theTrainerSplitsThreeWays() throws {
        let with = try Trainer(config: Self.spiral(validation: 0.2), dataset: try DatasetFactory.make(Self.spiral(validation: 0.2)))
        let without = try Trainer(config: Self.spiral(validation: 0), dataset: try DatasetFactory.make(Self.spiral(validation: 0)))
        #expect(with.trainInputs.count == 150 && with.validationInputs.count == 100 && with.testInputs.count == 250)
        #expect(with.split.test == without.split.test)
        #expect(with.split.train + with.split.validation == without.split.train)
        #expect(without.validationInputs.count == 0)
        #expect(without.evaluate().validation == nil)
        #expect(with.evaluate().validation?.count == 100)
        #expect(without.validationLoss().isNaN)
    }

    /// Validation ratio 0 and no patience train exactly as before the settings existed
    /// (the default config's parameters after 20 epochs, checked against a config built
    /// without touching the new fields).
    @Test func ratioZeroChangesNoBits() throws {
        var plain = TrainingConfig()
        plain.seed = 3
        var explicit = plain
        explicit.dataset.validationRatio = 0
        explicit.patience = nil
        var a = try Trainer(config: plain, dataset: try DatasetFactory.make(plain))
        var b = try Trainer(config: explicit, dataset: try DatasetFactory.make(explicit))
        a.train(epochs: 20)
        b.train(epochs: 20)
        #expect(a.network.parameters.map(\.bitPattern) == b.network.parameters.map(\.bitPattern))
    }

    /// Early stopping stops `patience` epochs after the best one and puts back that
    /// epoch's weights: the very bits a fresh run trained for exactly the best epoch's
    /// count has.
    @Test func earlyStoppingRestoresTheBestEpochsBits() throws {
        let config = Self.spiral(validation: 0.2, patience: 15)
        let dataset = try DatasetFactory.make(config)
        var trainer = try Trainer(config: config, dataset: dataset)
        var stopper = try #require(config.earlyStopping)
        var losses: [Double] = []
        var stopped = false
        while !stopped && trainer.epochs < 1000 {
            trainer.trainEpoch()
            losses.append(trainer.validationLoss())
            stopped = trainer.endEpochForEarlyStopping(&stopper)
        }
        let best = try #require(stopper.bestEpoch)
        #expect(stopped)
        #expect(stopper.stoppedEpoch == best + 15 && trainer.epochs == best + 15)
        #expect(stopper.best == losses.min())
        var fresh = try Trainer(config: config, dataset: dataset)
        fresh.train(epochs: best)
        #expect(trainer.network.parameters.map(\.bitPattern) == fresh.network.parameters.map(\.bitPattern))
        #expect(trainer.validationLoss() == stopper.best)
    }

    /// Without restoring, the stopped run keeps its last weights.
    @Test func withoutRestoringTheLastWeightsStay() throws {
        var config = Self.spiral(validation: 0.2, patience: 15)
        config.restoreBestWeights = false
        var trainer = try Trainer(config: config, dataset: try DatasetFactory.make(config))
        var stopper = try #require(config.earlyStopping)
        var last: [Double] = []
        var stopped = false
        while !stopped && trainer.epochs < 1000 {
            trainer.trainEpoch()
            last = trainer.network.parameters
            stopped = trainer.endEpochForEarlyStopping(&stopper)
        }
        #expect(stopped)
        #expect(trainer.network.parameters == last)
        #expect(trainer.network.parameters != stopper.bestParameters)
    }

    @Test func validateNeedsRoomAndAValidationSetForPatience() {
        var c = TrainingConfig()
        c.dataset.validationRatio = 0.5
        #expect(throws: InputError.self) { try c.validate(for: .classification(classes: 2)) }
        c.dataset.validationRatio = 0.2
        #expect(throws: Never.self) { try c.validate(for: .classification(classes: 2)) }
        c.dataset.validationRatio = 0
        c.patience = 5
        #expect(throws: InputError.self) { try c.validate(for: .classification(classes: 2)) }
        c.dataset.validationRatio = 0.1
        c.patience = -1
        #expect(throws: InputError.self) { try c.validate(for: .classification(classes: 2)) }
    }

    /// Files written before the new fields read with their defaults, and a
    /// configuration without them writes none of their keys.
    @Test func olderFilesReadAndDefaultsAreNotWritten() throws {
        let data = try JSONEncoder().encode(TrainingConfig())
        let text = String(decoding: data, as: UTF8.self)
        for key in ["validationRatio", "patience", "minDelta", "restoreBestWeights"] {
            #expect(!text.contains(key), "\(key) written at its default")
        }
        #expect(try JSONDecoder().decode(TrainingConfig.self, from: data) == TrainingConfig())
        var c = Self.spiral(validation: 0.25, patience: 9)
        c.minDelta = 0.001
        c.restoreBestWeights = false
        #expect(try JSONDecoder().decode(TrainingConfig.self, from: JSONEncoder().encode(c)) == c)
    }

    /// ← and → on patience: off ↔ the smallest rung, then along the ladder.
    @Test func patienceStepsFromOffAlongItsLadder() {
        var c = TrainingConfig()
        #expect(Settings.patience.stepped(c, by: 1, csv: nil)?.first?.value == .optionalNumber(1))
        #expect(Settings.patience.stepped(c, by: -1, csv: nil) == nil)
        c.patience = 1
        #expect(Settings.patience.stepped(c, by: -1, csv: nil)?.first?.value == .optionalNumber(nil))
        c.patience = 10
        #expect(Settings.patience.stepped(c, by: 1, csv: nil)?.first?.value == .optionalNumber(20))
    }
}
