import NNCore
@testable import nnplay
import Testing

/// How the training flags are laid over a base configuration: only the flags given
/// change anything, and a change of data picks a fitting head, loss and test ratio.
@Suite struct TrainingOptionsTests {
    static func options(_ arguments: [String]) throws -> TrainingOptions {
        try TrainingOptions.parse(arguments)
    }

    /// A base as a loaded model might have it: nothing at its default.
    static let base: TrainingConfig = {
        var c = TrainingConfig(dataset: DatasetConfig(kind: .spiral, noise: 0.2, testRatio: 0.3, count: 300),
                               features: [.x1, .x2, .sinX1], hiddenLayers: [8, 8], activation: .relu,
                               output: .tanh, loss: .meanSquaredError, initializer: .he,
                               optimizer: OptimizerConfig(kind: .momentum, learningRate: 0.1),
                               batchSize: 25, shuffle: false, seed: 42)
        c.regularization = Regularization(l1: 0.01, l2: 0.02, dropout: 0.1)
        return c
    }()

    @Test func noFlagsKeepTheBase() throws {
        let binary = Problem.classification(classes: 2)
        let c = try Self.options([]).applied(to: Self.base, baseProblem: binary, source: .builtIn(.spiral), csvProblem: nil)
        #expect(c == Self.base)
    }

    @Test func givenFlagsOverrideOnlyThemselves() throws {
        let binary = Problem.classification(classes: 2)
        let c = try Self.options(["--lr", "0.5", "--hidden", "none", "--shuffle", "--l2", "0"])
            .applied(to: Self.base, baseProblem: binary, source: .builtIn(.spiral), csvProblem: nil)
        var expected = Self.base
        expected.optimizer.learningRate = 0.5
        expected.hiddenLayers = []
        expected.shuffle = true
        expected.regularization.l2 = 0
        #expect(c == expected)
    }

    /// New data resets the point count; a test ratio still at the old dataset's default
    /// follows the new one's, a chosen one (the base's 0.3) stays, as on the panel.
    @Test func newDataTakesItsOwnTestRatioAndCount() throws {
        let binary = Problem.classification(classes: 2)
        let gate = try Self.options(["--dataset", "gate-xor"])
            .applied(to: Self.base, baseProblem: binary, source: .builtIn(.gateXor), csvProblem: nil)
        #expect(gate.dataset.testRatio == 0.3)
        #expect(gate.dataset.count == nil)
        #expect(gate.dataset.noise == 0.2)
        var atDefault = Self.base
        atDefault.dataset.testRatio = 0.5
        let followed = try Self.options(["--dataset", "gate-xor"])
            .applied(to: atDefault, baseProblem: binary, source: .builtIn(.gateXor), csvProblem: nil)
        #expect(followed.dataset.testRatio == 0)
        let given = try Self.options(["--dataset", "gate-xor", "--test-ratio", "0.25"])
            .applied(to: Self.base, baseProblem: binary, source: .builtIn(.gateXor), csvProblem: nil)
        #expect(given.dataset.testRatio == 0.25)
    }

    @Test func aNewProblemPicksTheNaturalHeadAndLoss() throws {
        let binary = Problem.classification(classes: 2)
        let blobs = try Self.options(["--dataset", "blobs"])
            .applied(to: Self.base, baseProblem: binary, source: .builtIn(.blobs), csvProblem: nil)
        #expect(blobs.output == .softmax)
        #expect(blobs.loss == .crossEntropy)
        let regression = try Self.options(["--dataset", "reg-gauss", "--loss", "mse", "--output", "tanh"])
            .applied(to: TrainingConfig(), baseProblem: binary, source: .builtIn(.regGauss), csvProblem: nil)
        #expect(regression.output == .tanh)
        #expect(regression.loss == .meanSquaredError)
        let outputOnly = try Self.options(["--output", "softmax"])
            .applied(to: TrainingConfig(), baseProblem: binary, source: .builtIn(.circle), csvProblem: nil)
        #expect(outputOnly.loss == .crossEntropy)
    }

    @Test func optimizerNamesMeanWhatTheySay() throws {
        let binary = Problem.classification(classes: 2)
        let sgd = try Self.options(["--optimizer", "sgd"])
            .applied(to: Self.base, baseProblem: binary, source: .builtIn(.spiral), csvProblem: nil)
        #expect(sgd.optimizer.kind == .sgd)
        #expect(sgd.optimizer.momentum == 0)
        let nesterov = try Self.options(["--optimizer", "nesterov", "--momentum", "0.5"])
            .applied(to: TrainingConfig(), baseProblem: binary, source: .builtIn(.circle), csvProblem: nil)
        #expect(nesterov.optimizer.nesterov)
        #expect(nesterov.optimizer.momentum == 0.5)
        let full = try Self.options(["--batch", "full"])
            .applied(to: TrainingConfig(), baseProblem: binary, source: .builtIn(.circle), csvProblem: nil)
        #expect(full.batchSize == TrainingConfig.Limits.maxPoints)
    }
}
