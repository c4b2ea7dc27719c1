import Testing
@testable import NNCore

/// Numbers the lessons state, measured on the lessons' own settings, so that the
/// prose cannot drift from what the playground does.
@Suite struct LessonFactsTests {
    static func trainer(_ change: (inout TrainingConfig) -> Void) throws -> Trainer {
        var config = TrainingConfig()
        change(&config)
        return try Trainer(config: config, dataset: try DatasetFactory.make(config))
    }

    /// `03-hidden-layers.md`: on the quadrant XOR data two tanh hidden neurons stay
    /// below 90% test accuracy for each of five seeds; four neurons pass 90%.
    @Test func xorNeedsMoreThanTwoHiddenNeurons() throws {
        func accuracy(hidden: [Int], seed: UInt64, epochs: Int) throws -> Double {
            var t = try LessonFactsTests.trainer {
                $0.dataset.kind = .xor
                $0.hiddenLayers = hidden
                $0.seed = seed
            }
            t.train(epochs: epochs)
            return try #require(t.evaluate().test?.accuracy)
        }
        for seed: UInt64 in 1...5 {
            #expect(try accuracy(hidden: [2], seed: seed, epochs: 300) < 0.9, "seed \(seed)")
        }
        #expect(try accuracy(hidden: [4], seed: 1, epochs: 130) >= 0.9)
    }

    /// `10-regularization.md`: L1 at 0.01 on the lesson's over-fitting setup leaves
    /// about half of the weights below 0.001 and none at exactly 0.
    @Test func l1DrivesWeightsNearZeroButNotToZero() throws {
        var t = try LessonFactsTests.trainer {
            $0.dataset = DatasetConfig(kind: .circle, noise: 0.4, testRatio: 0.7, count: 100)
            $0.hiddenLayers = [32, 32]
            $0.activation = .relu
            $0.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.01)
            $0.regularization = Regularization(l1: 0.01)
        }
        t.train(epochs: 320)
        let layout = t.network.layout
        let weights = (0..<layout.layerCount).flatMap { l in
            t.network.parameters[layout.weightOffsets[l]..<layout.biasOffsets[l]]
        }
        let small = Double(weights.filter { abs($0) < 1e-3 }.count) / Double(weights.count)
        #expect((0.4...0.6).contains(small), "\(small)")
        #expect(!weights.contains(0))
    }

    /// `04-feature-engineering.md`, "Features must be earned": on 60 noisy gaussian
    /// points (30 to train) the linear model with all seven features never reaches 95%
    /// test accuracy in 1000 epochs; with x1 and x2 alone it does within 300.
    @Test func extraFeaturesChaseTheNoiseOfAFewPoints() throws {
        func bestAccuracy(_ features: [Feature], epochs: Int) throws -> Double {
            var t = try LessonFactsTests.trainer {
                $0.dataset = DatasetConfig(kind: .gauss, noise: 0.4, testRatio: 0.5, count: 60)
                $0.features = features
                $0.hiddenLayers = []
                $0.optimizer.learningRate = 0.1
                $0.batchSize = 10
            }
            var best = 0.0
            for _ in 0..<epochs {
                t.train(epochs: 1)
                best = max(best, try #require(t.evaluate().test?.accuracy))
            }
            return best
        }
        #expect(try bestAccuracy(Feature.allCases, epochs: 1000) < 0.95)
        #expect(try bestAccuracy([.x1, .x2], epochs: 300) >= 0.95)
    }

    /// `04-feature-engineering.md`, "Sine features for waves": with at most 8 hidden
    /// neurons and 300 epochs, x1 and x2 (alone, with x1x2, or with the squares) stay
    /// below 90% test accuracy on the checkerboard for three seeds; sin1 and sin2 pass.
    @Test func theCheckerboardNeedsSineFeaturesOnABudget() throws {
        func bestAccuracy(_ features: [Feature], seed: UInt64) throws -> Double {
            var t = try LessonFactsTests.trainer {
                $0.dataset.kind = .checkerboard
                $0.features = features
                $0.hiddenLayers = [8]
                $0.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.02)
                $0.batchSize = 10
                $0.seed = seed
            }
            var best = 0.0
            for _ in 0..<300 {
                t.train(epochs: 1)
                best = max(best, try #require(t.evaluate().test?.accuracy))
                if best >= 0.9 { break }
            }
            return best
        }
        for seed: UInt64 in 1...3 {
            for features: [Feature] in [[.x1, .x2], [.x1, .x2, .x1TimesX2], [.x1, .x2, .x1Squared, .x2Squared, .x1TimesX2]] {
                #expect(try bestAccuracy(features, seed: seed) < 0.9, "seed \(seed) \(features)")
            }
            #expect(try bestAccuracy([.sinX1, .sinX2], seed: seed) >= 0.9, "seed \(seed)")
        }
    }
}
