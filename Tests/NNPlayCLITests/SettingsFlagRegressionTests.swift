import NNCore
import NNSession
@testable import nnplay
import Testing

/// Every training flag of `nnplay train`, one row each: the flags given and the
/// configuration they must produce from the defaults, spelled out field by field.
/// Written against the code before the settings table (issue 9) and kept green since,
/// so the table reads every flag as the old hand-written options did.
@Suite struct SettingsFlagRegressionTests {
    /// One row: the flags and what they change in `TrainingConfig()`.
    struct Row: CustomTestStringConvertible, Sendable {
        var flags: [String]
        var expected: @Sendable (inout TrainingConfig) -> Void
        var testDescription: String { flags.joined(separator: " ") }

        init(_ flags: [String], _ expected: @escaping @Sendable (inout TrainingConfig) -> Void) {
            self.flags = flags
            self.expected = expected
        }
    }

    static let rows: [Row] = [
        Row([]) { _ in },
        Row(["--dataset", "spiral"]) { $0.dataset.kind = .spiral },
        Row(["--dataset", "gate-xor"]) { $0.dataset.kind = .gateXor; $0.dataset.testRatio = 0 },
        Row(["--dataset", "gate-xor", "--test-ratio", "0.25"]) { $0.dataset.kind = .gateXor; $0.dataset.testRatio = 0.25 },
        Row(["--dataset", "reg-plane"]) {
            $0.dataset.kind = .regPlane; $0.output = .linear; $0.loss = .meanSquaredError
        },
        Row(["--dataset", "blobs"]) { $0.dataset.kind = .blobs; $0.output = .softmax; $0.loss = .crossEntropy },
        Row(["--dataset", "blobs", "--classes", "5"]) {
            $0.dataset.kind = .blobs; $0.dataset.classes = 5; $0.output = .softmax; $0.loss = .crossEntropy
        },
        Row(["--dataset", "iris"]) {
            $0.dataset.kind = nil; $0.dataset.csvPath = "iris"; $0.output = .softmax; $0.loss = .crossEntropy
        },
        Row(["--noise", "0.2"]) { $0.dataset.noise = 0.2 },
        Row(["--test-ratio", "0.3"]) { $0.dataset.testRatio = 0.3 },
        Row(["--points", "200"]) { $0.dataset.count = 200 },
        Row(["--classes", "4"]) { $0.dataset.classes = 4 },
        Row(["--features", "x1,x2,sin1"]) { $0.features = [.x1, .x2, .sinX1] },
        Row(["--features", "x1sq,x2sq,x1x2,sin2"]) { $0.features = [.x1Squared, .x2Squared, .x1TimesX2, .sinX2] },
        Row(["--hidden", "8,8"]) { $0.hiddenLayers = [8, 8] },
        Row(["--hidden", "none"]) { $0.hiddenLayers = [] },
        Row(["--activation", "relu"]) { $0.activation = .relu },
        Row(["--activation", "leaky-relu"]) { $0.activation = .leakyRelu },
        Row(["--output", "tanh"]) { $0.output = .tanh; $0.loss = .meanSquaredError },
        Row(["--output", "softmax"]) { $0.output = .softmax; $0.loss = .crossEntropy },
        Row(["--output", "sigmoid", "--loss", "mse"]) { $0.loss = .meanSquaredError },
        Row(["--loss", "mse"]) { $0.loss = .meanSquaredError },
        Row(["--init", "he"]) { $0.initializer = .he },
        Row(["--init", "xavier-normal"]) { $0.initializer = .xavierNormal },
        Row(["--optimizer", "adam"]) { $0.optimizer.kind = .adam },
        Row(["--optimizer", "momentum"]) { $0.optimizer.kind = .momentum; $0.optimizer.momentum = 0.9 },
        Row(["--optimizer", "nesterov"]) {
            $0.optimizer.kind = .nesterov; $0.optimizer.momentum = 0.9; $0.optimizer.nesterov = true
        },
        Row(["--optimizer", "nesterov", "--momentum", "0.5"]) {
            $0.optimizer.kind = .nesterov; $0.optimizer.momentum = 0.5; $0.optimizer.nesterov = true
        },
        Row(["--optimizer", "sgd"]) { _ in },
        Row(["--optimizer", "sgd", "--momentum", "0.8"]) { $0.optimizer.momentum = 0.8 },
        Row(["--lr", "0.3"]) { $0.optimizer.learningRate = 0.3 },
        Row(["--lr", "1e-3"]) { $0.optimizer.learningRate = 0.001 },
        Row(["--momentum", "0.9"]) { $0.optimizer.momentum = 0.9 },
        Row(["--momentum", "0.9", "--nesterov"]) { $0.optimizer.momentum = 0.9; $0.optimizer.nesterov = true },
        Row(["--no-nesterov"]) { _ in },
        Row(["--beta1", "0.8"]) { $0.optimizer.beta1 = 0.8 },
        Row(["--beta2", "0.99"]) { $0.optimizer.beta2 = 0.99 },
        Row(["--eps", "1e-6"]) { $0.optimizer.eps = 0.000001 },
        Row(["--alpha", "0.9"]) { $0.optimizer.alpha = 0.9 },
        Row(["--weight-decay", "0.001"]) { $0.optimizer.weightDecay = 0.001 },
        Row(["--lr-schedule", "step"]) { $0.schedule.kind = .step },
        Row(["--lr-schedule", "exponential", "--lr-gamma", "0.9"]) { $0.schedule.kind = .exponential; $0.schedule.gamma = 0.9 },
        Row(["--lr-step", "20"]) { $0.schedule.stepEpochs = 20 },
        Row(["--clip", "1.5"]) { $0.clipNorm = 1.5 },
        Row(["--l1", "0.001"]) { $0.regularization.l1 = 0.001 },
        Row(["--l2", "0.01"]) { $0.regularization.l2 = 0.01 },
        Row(["--dropout", "0.2"]) { $0.regularization.dropout = 0.2 },
        Row(["--batch", "25"]) { $0.batchSize = 25 },
        Row(["--batch", "full"]) { $0.batchSize = 100_000 },
        Row(["--no-shuffle"]) { $0.shuffle = false },
        Row(["--shuffle"]) { _ in },
        Row(["--seed", "42"]) { $0.seed = 42 },
    ]

    @Test(arguments: rows)
    func flagGivesTheSameConfiguration(_ row: Row) throws {
        let prepared = try TrainingOptions.parse(row.flags).prepare(locator: .current())
        var expected = TrainingConfig()
        row.expected(&expected)
        #expect(prepared.config == expected)
    }
}
