import Foundation
import NNCore
import Testing

/// `scale`: statistics from the training points, applied to every set.
@Suite struct InputScalingTests {
    static let split = DataSplit(
        train: [Sample(x1: 1, x2: 0.01, label: 0), Sample(x1: 3, x2: 0.03, label: 1), Sample(x1: 5, x2: 0.02, label: 1)],
        validation: [Sample(x1: 7, x2: 0.04, label: 0)],
        test: [Sample(x1: -1, x2: 0, label: 1)])

    @Test func noneKeepsThePoints() {
        #expect(InputScaling.none.apply(to: Self.split) == Self.split)
    }

    @Test func standardUsesTheTrainingMeanAndPopulationDeviation() {
        let scaled = InputScaling.standard.apply(to: Self.split)
        // x1 of the training points: mean 3, variance (4 + 0 + 4)/3, so σ = √(8/3).
        let sd1 = (8.0 / 3).squareRoot()
        // x2: mean 0.02, variance (1e-4 + 1e-4 + 0)/3.
        let sd2 = (2e-4 / 3).squareRoot()
        #expect(abs(scaled.train[0].x1 - (1 - 3) / sd1) < 1e-12)
        #expect(abs(scaled.validation[0].x1 - (7 - 3) / sd1) < 1e-12)
        #expect(abs(scaled.test[0].x1 - (-1 - 3) / sd1) < 1e-12)
        #expect(abs(scaled.train[1].x2 - (0.03 - 0.02) / sd2) < 1e-9)
        #expect(abs(scaled.test[0].x2 - (0 - 0.02) / sd2) < 1e-9)
        #expect(scaled.train.map(\.label) == Self.split.train.map(\.label))
        // The training points end with mean 0 and standard deviation 1 on both axes.
        for axis in [scaled.train.map(\.x1), scaled.train.map(\.x2)] {
            let mean = axis.reduce(0, +) / 3
            let variance = axis.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 3
            #expect(abs(mean) < 1e-12 && abs(variance - 1) < 1e-9)
        }
    }

    @Test func minmaxMapsTheTrainingRangeOntoTheSquare() {
        let scaled = InputScaling.minmax.apply(to: Self.split)
        #expect(scaled.train.map(\.x1) == [-5, 0, 5])
        let x2 = scaled.train.map(\.x2)
        #expect(x2[0] == -5 && x2[1] == 5 && abs(x2[2]) < 1e-12)
        // Points outside the training range land outside [−5, 5].
        #expect(scaled.validation[0].x1 == 10)
        #expect(scaled.test[0].x1 == -10)
    }

    @Test func anAxisWithNoSpreadIsOnlyCentred() {
        let flat = DataSplit(train: [Sample(x1: 2, x2: 1, label: 0), Sample(x1: 2, x2: 3, label: 1)], test: [])
        let scaled = InputScaling.standard.apply(to: flat)
        #expect(scaled.train.map(\.x1) == [0, 0])
        #expect(scaled.train.map(\.x2) == [-1, 1])
    }

    @Test func theTrainerTrainsOnTheScaledPointsAndASessionWithoutScalingIsUnchanged() throws {
        var config = TrainingConfig()
        config.dataset.scale = .standard
        let dataset = try DatasetFactory.make(config)
        let trainer = try Trainer(config: config, dataset: dataset)
        let xs = trainer.split.train.map(\.x1)
        #expect(abs(xs.reduce(0, +) / Double(xs.count)) < 1e-12)
        // Not written when off, so configurations from before the setting read the same.
        let plain = try JSONEncoder().encode(TrainingConfig().dataset)
        #expect(!String(decoding: plain, as: UTF8.self).contains("scale"))
        let scaled = try JSONEncoder().encode(config.dataset)
        #expect(try JSONDecoder().decode(DatasetConfig.self, from: scaled).scale == .standard)
    }
}
