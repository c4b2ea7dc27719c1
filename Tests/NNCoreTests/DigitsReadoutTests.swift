import Testing
@testable import NNCore

/// The digits lab's readout agrees with the trainer's own evaluation and with the
/// parameters it reads, and ranks confusions deterministically.
@Suite struct DigitsReadoutTests {
    @Test func theReadoutAgreesWithTheTrainersEvaluation() throws {
        var trainer = try Trainer(config: DigitsDataset.defaultConfig, dataset: try DigitsTrainingTests.digits())
        trainer.train(epochs: 1)
        var pad = [UInt8](repeating: 0, count: 64)
        for r in 0..<8 { pad[r * 8 + 4] = 16 }  // a vertical stroke: a one
        let readout = DigitsReadout(network: trainer.network, test: trainer.split.test, pad: pad)
        let evaluation = try #require(trainer.evaluate().test?.confusion)
        #expect(readout.confusion == evaluation)
        #expect(readout.predictions.count == trainer.testInputs.count)
        #expect(readout.predictions.filter(\.isCorrect).count == evaluation.correct)
        let layout = trainer.network.layout
        #expect(readout.weightImages.count == 32)
        #expect(readout.weightImages[5][9] == trainer.network.parameters[layout.weightOffsets[0] + 5 * 64 + 9])
        let probabilities = try #require(readout.padProbabilities)
        #expect(probabilities.count == 10 && abs(probabilities.reduce(0, +) - 1) < 1e-12)
        #expect(probabilities.allSatisfy { $0 > 0 && $0 < 1 })
    }

    @Test func confusedPairsComeMostFrequentFirstThenByDigits() {
        var matrix = ConfusionMatrix(classes: 10)
        for _ in 0..<3 { matrix.add(actual: 4, predicted: 9) }
        for _ in 0..<3 { matrix.add(actual: 3, predicted: 8) }
        matrix.add(actual: 7, predicted: 1)
        for _ in 0..<5 { matrix.add(actual: 2, predicted: 2) }
        #expect(ConfusedPair.ranked(matrix) == [ConfusedPair(truth: 3, predicted: 8, count: 3),
                                                 ConfusedPair(truth: 4, predicted: 9, count: 3),
                                                 ConfusedPair(truth: 7, predicted: 1, count: 1)])
    }
}
