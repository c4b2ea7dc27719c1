import Testing
@testable import NNCore

/// The trainer on samples of 64 inputs: the digits train to a high accuracy on the
/// default digits settings, the network reads the raw inputs, and the plane's
/// features are refused for them.
@Suite struct DigitsTrainingTests {
    static func digits() throws -> Dataset {
        try DigitsDataset(text: try DigitsDatasetTests.shippedText(), path: "digits.csv").dataset
    }

    @Test func theDigitsDatasetHas64InputsScaledToOneAndTenClasses() throws {
        let data = try Self.digits()
        #expect(data.inputWidth == 64 && data.problem == .classification(classes: 10))
        // The first image's top row is 0,0,5,13,9,1,0,0 in counts of 16.
        #expect(Array(data.samples[0].inputs!.prefix(8)) == [0, 0, 5, 13, 9, 1, 0, 0].map { $0 / 16.0 })
        #expect(data.samples.allSatisfy { $0.inputs!.allSatisfy { (0...1).contains($0) } })
    }

    @Test func aShortRunOnTheDefaultSettingsReachesNinetyPercentOnTheTestImages() throws {
        var trainer = try Trainer(config: DigitsDataset.defaultConfig, dataset: try Self.digits())
        #expect(trainer.network.layout.sizes == [64, 32, 10])
        // The 60/20/20 split of 1,797 images: round(1797·0.8) = 1438 before the test set.
        #expect([trainer.trainInputs.count, trainer.validationInputs.count, trainer.testInputs.count] == [1079, 359, 359])
        let before = try #require(trainer.evaluate().test?.accuracy)
        trainer.train(epochs: 5)
        let after = try #require(trainer.evaluate().test?.accuracy)
        #expect(before < 0.3)  // ten classes: a fresh network is near chance
        #expect(after >= 0.9, "test accuracy after 5 epochs: \(after)")
    }

    @Test func wideSamplesAreReadAsTheyAreColumnByColumn() {
        let samples = [Sample(inputs: [1, 2, 3], label: 0), Sample(inputs: [4, 5, 6], label: 1)]
        let matrix = FeatureMatrix(samples: samples, features: [.x1, .x2], inputWidth: 3)
        #expect(matrix.width == 3 && matrix.features.isEmpty)
        #expect(matrix.values == [1, 4, 2, 5, 3, 6])
        let plane = FeatureMatrix(samples: [Sample(x1: 2, x2: 3, label: 0)], features: [.x1, .x1TimesX2])
        #expect(plane.width == 2 && plane.values == [2, 6])
    }

    @Test func standardScalingCentresEveryInputOnTheTrainingSamples() {
        let train = [Sample(inputs: [0, 10, 7], label: 0), Sample(inputs: [2, 30, 7], label: 1)]
        let split = DataSplit(train: train, test: [Sample(inputs: [4, 20, 9], label: 0)])
        let scaled = InputScaling.standard.apply(to: split)
        #expect(scaled.train.map { $0.inputs! } == [[-1, -1, 0], [1, 1, 0]])
        // The test sample by the training statistics: (4 − 1)/1, (20 − 20)/10, 9 − 7 (no spread: only centred).
        #expect(scaled.test[0].inputs! == [3, 0, 2])
    }

    @Test func thePlanesFeaturesAreRefusedForWideData() throws {
        var config = DigitsDataset.defaultConfig
        config.features = [.x1, .x2, .sinX1]
        #expect(throws: InputError("--features: x1, x2, sin x1 are features of a point (x1, x2) of the plane; "
                                   + "this data has 64 inputs, which the network reads as they are")) {
            try Trainer(config: config, dataset: try Self.digits())
        }
        #expect(config.layerSizes(for: .classification(classes: 10), inputWidth: 2) == [3, 32, 10])
    }
}
