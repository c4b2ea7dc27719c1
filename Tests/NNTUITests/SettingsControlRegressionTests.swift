import NNCore
import Testing
@testable import NNTUI

/// Every control of the panel, stepped both ways and typed into: the configuration
/// each action must produce, spelled out as the change to its starting point.
/// Written against the panel before the settings table (issue 9) and kept green since.
@Suite struct SettingsControlRegressionTests {
    enum Action: Sendable, CustomStringConvertible {
        case step(Int)
        case type(String)
        var description: String {
            switch self {
            case .step(let d): return d > 0 ? "→" : "←"
            case .type(let text): return "'\(text)'"
            }
        }
    }

    /// One row: a control, what is done to it, from which base, and the change it makes
    /// (nil: nothing happens).
    struct Row: CustomTestStringConvertible, Sendable {
        var control: ControlID
        var action: Action
        var base: TrainingConfig
        var expected: (@Sendable (inout TrainingConfig) -> Void)?
        var testDescription: String { "\(control) \(action)" }

        init(_ control: ControlID, _ action: Action, base: TrainingConfig = TrainingConfig(),
             _ expected: (@Sendable (inout TrainingConfig) -> Void)?) {
            self.control = control
            self.action = action
            self.base = base
            self.expected = expected
        }
    }

    static let blobs = TrainingConfig(dataset: DatasetConfig(kind: .blobs), output: .softmax, loss: .crossEntropy)
    static let l2 = TrainingConfig(regularization: Regularization(l2: 0.001))
    static let momentum = TrainingConfig(optimizer: OptimizerConfig(kind: .momentum))
    static let nesterov = TrainingConfig(optimizer: OptimizerConfig(kind: .nesterov))
    static let chosenRatio = TrainingConfig(dataset: DatasetConfig(testRatio: 0.3))

    static let rows: [Row] = [
        Row(.problem, .step(1)) { $0.dataset.kind = .regPlane; $0.output = .linear; $0.loss = .meanSquaredError },
        Row(.problem, .step(-1)) { $0.dataset.kind = .regPlane; $0.output = .linear; $0.loss = .meanSquaredError },
        Row(.problem, .type("regression")) { $0.dataset.kind = .regPlane; $0.output = .linear; $0.loss = .meanSquaredError },
        Row(.problem, .type("classify")) { _ in },
        Row(.dataset, .step(1)) { $0.dataset.kind = .xor },
        Row(.dataset, .step(-1)) { $0.dataset.kind = .regGauss; $0.output = .linear; $0.loss = .meanSquaredError },
        Row(.dataset, .type("spiral")) { $0.dataset.kind = .spiral },
        Row(.dataset, .type("Gate-XOR")) { $0.dataset.kind = .gateXor; $0.dataset.testRatio = 0 },
        Row(.dataset, .type("gate-xor"), base: chosenRatio) { $0.dataset.kind = .gateXor },
        Row(.dataset, .type("blobs")) { $0.dataset.kind = .blobs; $0.output = .softmax; $0.loss = .crossEntropy },
        Row(.classes, .step(1), base: blobs) { $0.dataset.classes = 4 },
        Row(.classes, .step(-1), base: blobs, nil),
        Row(.classes, .type("6"), base: blobs) { $0.dataset.classes = 6 },
        Row(.noise, .step(1)) { $0.dataset.noise = 0.05 },
        Row(.noise, .step(-1), nil),
        Row(.noise, .type("0.1")) { $0.dataset.noise = 0.1 },
        Row(.noise, .type("10%")) { $0.dataset.noise = 0.1 },
        Row(.testRatio, .step(1)) { $0.dataset.testRatio = 0.6 },
        Row(.testRatio, .step(-1)) { $0.dataset.testRatio = 0.4 },
        Row(.testRatio, .type("30")) { $0.dataset.testRatio = 0.3 },
        Row(.testRatio, .type("30%")) { $0.dataset.testRatio = 0.3 },
        Row(.testRatio, .type("0.2")) { $0.dataset.testRatio = 0.2 },
        Row(.batchSize, .step(1)) { $0.batchSize = 20 },
        Row(.batchSize, .step(-1)) { $0.batchSize = 5 },
        Row(.batchSize, .type("full")) { $0.batchSize = 100_000 },
        Row(.batchSize, .type("25")) { $0.batchSize = 25 },
        Row(.regenerate, .step(1), nil),
        Row(.features, .step(1)) { $0.features = [.x1, .x2, .x1Squared, .x2Squared] },
        Row(.features, .step(-1)) { $0.features = [.x1, .x2, .x1Squared, .x2Squared, .x1TimesX2, .sinX1, .sinX2] },
        Row(.features, .type("x1 x2 sin1")) { $0.features = [.x1, .x2, .sinX1] },
        Row(.features, .type("x1sq,x2sq")) { $0.features = [.x1Squared, .x2Squared] },
        Row(.hidden, .step(1)) { $0.hiddenLayers = [4, 2, 2] },
        Row(.hidden, .step(-1)) { $0.hiddenLayers = [4] },
        Row(.hidden, .type("8-8")) { $0.hiddenLayers = [8, 8] },
        Row(.hidden, .type("8,8")) { $0.hiddenLayers = [8, 8] },
        Row(.hidden, .type("8 6 4")) { $0.hiddenLayers = [8, 6, 4] },
        Row(.hidden, .type("none")) { $0.hiddenLayers = [] },
        Row(.hidden, .type("0")) { $0.hiddenLayers = [] },
        Row(.activation, .step(1)) { $0.activation = .relu },
        Row(.activation, .step(-1)) { $0.activation = .sigmoid },
        Row(.activation, .type("leaky relu")) { $0.activation = .leakyRelu },
        Row(.activation, .type("ELU")) { $0.activation = .elu },
        Row(.output, .step(1)) { $0.loss = .meanSquaredError },
        Row(.output, .step(-1)) { $0.output = .softmax; $0.loss = .meanSquaredError },
        Row(.output, .type("tanh")) { $0.output = .tanh; $0.loss = .meanSquaredError },
        Row(.output, .type("softmax")) { $0.output = .softmax; $0.loss = .crossEntropy },
        Row(.output, .type("sigmoid,mse")) { $0.loss = .meanSquaredError },
        Row(.initializer, .step(1)) { $0.initializer = .xavierNormal },
        Row(.initializer, .step(-1)) { $0.initializer = .playground },
        Row(.initializer, .type("he uniform")) { $0.initializer = .heUniform },
        Row(.optimizer, .step(1)) { $0.optimizer.kind = .momentum; $0.optimizer.momentum = 0.9 },
        Row(.optimizer, .step(-1)) { $0.optimizer.kind = .cmaes },
        Row(.optimizer, .type("adam")) { $0.optimizer.kind = .adam },
        Row(.optimizer, .type("nesterov")) {
            $0.optimizer.kind = .nesterov; $0.optimizer.momentum = 0.9; $0.optimizer.nesterov = true
        },
        Row(.optimizer, .type("sgd"), base: momentum) { $0.optimizer.kind = .sgd; $0.optimizer.momentum = 0 },
        Row(.optimizer, .type("momentum"), base: nesterov) { $0.optimizer.kind = .momentum; $0.optimizer.nesterov = false },
        Row(.optimizer, .type("adam"), base: nesterov) { $0.optimizer.kind = .adam; $0.optimizer.nesterov = false },
        Row(.learningRate, .step(1)) { $0.optimizer.learningRate = 0.1 },
        Row(.learningRate, .step(-1)) { $0.optimizer.learningRate = 0.01 },
        Row(.learningRate, .type("0.3")) { $0.optimizer.learningRate = 0.3 },
        Row(.learningRate, .type("3e-1")) { $0.optimizer.learningRate = 0.3 },
        Row(.momentum, .step(1)) { $0.optimizer.momentum = 0.5 },
        Row(.momentum, .step(-1), nil),
        Row(.momentum, .type("0.95")) { $0.optimizer.momentum = 0.95 },
        Row(.beta1, .step(1)) { $0.optimizer.beta1 = 0.95 },
        Row(.beta1, .step(-1)) { $0.optimizer.beta1 = 0.8 },
        Row(.beta1, .type("0.5")) { $0.optimizer.beta1 = 0.5 },
        Row(.beta2, .step(1)) { $0.optimizer.beta2 = 0.9999 },
        Row(.beta2, .step(-1)) { $0.optimizer.beta2 = 0.99 },
        Row(.beta2, .type("0.9")) { $0.optimizer.beta2 = 0.9 },
        Row(.alpha, .step(1)) { $0.optimizer.alpha = 0.999 },
        Row(.alpha, .step(-1)) { $0.optimizer.alpha = 0.95 },
        Row(.alpha, .type("0.9")) { $0.optimizer.alpha = 0.9 },
        Row(.weightDecay, .step(1)) { $0.optimizer.weightDecay = 0.1 },
        Row(.weightDecay, .step(-1)) { $0.optimizer.weightDecay = 0.001 },
        Row(.weightDecay, .type("0")) { $0.optimizer.weightDecay = 0 },
        Row(.regularization, .step(1)) { $0.regularization.l1 = 0.001 },
        Row(.regularization, .step(-1)) { $0.regularization.dropout = 0.1 },
        Row(.regularization, .step(1), base: l2) { $0.regularization = Regularization(dropout: 0.1) },
        Row(.regularization, .type("l1"), base: l2) { $0.regularization = Regularization(l1: 0.001) },
        Row(.regularization, .type("dropout")) { $0.regularization.dropout = 0.1 },
        Row(.regularization, .type("none"), base: l2) { $0.regularization = Regularization() },
        Row(.regularizationRate, .step(1), nil),
        Row(.regularizationRate, .step(1), base: l2) { $0.regularization.l2 = 0.003 },
        Row(.regularizationRate, .step(-1), base: l2) { $0.regularization.l2 = 0.0003 },
        Row(.regularizationRate, .type("0.01"), base: l2) { $0.regularization.l2 = 0.01 },
        Row(.seed, .step(1)) { $0.seed = 2 },
        Row(.seed, .step(-1)) { $0.seed = 0 },
        Row(.seed, .type("42")) { $0.seed = 42 },
        Row(.validationRatio, .step(1)) { $0.dataset.validationRatio = 0.1 },
        Row(.validationRatio, .step(-1), nil),
        Row(.validationRatio, .type("20")) { $0.dataset.validationRatio = 0.2 },
        Row(.validationRatio, .type("0.25")) { $0.dataset.validationRatio = 0.25 },
        Row(.patience, .step(1), base: withValidation) { $0.patience = 1 },
        Row(.patience, .step(-1), base: withValidation, nil),
        Row(.patience, .type("10"), base: withValidation) { $0.patience = 10 },
        Row(.patience, .type("none"), base: patient) { $0.patience = nil },
        Row(.patience, .step(1), base: patient) { $0.patience = 20 },
        Row(.patience, .step(-1), base: patient) { $0.patience = 5 },
    ]

    static let withValidation = TrainingConfig(dataset: DatasetConfig(validationRatio: 0.2))
    static let patient = TrainingConfig(dataset: DatasetConfig(validationRatio: 0.2), patience: 10)

    @Test(arguments: rows)
    func controlGivesTheSameConfiguration(_ row: Row) throws {
        let result: TrainingConfig?
        switch row.action {
        case .step(let direction): result = row.control.stepped(row.base, by: direction, csv: nil)
        case .type(let text): result = try row.control.parsed(text, into: row.base, csv: nil)
        }
        guard let expectedChange = row.expected else {
            #expect(result == nil || result == row.base)
            return
        }
        var expected = row.base
        expectedChange(&expected)
        #expect(result == expected)
    }

    /// The CSV points a session read can be chosen again by name after a built-in.
    @Test func csvDataComesBackByName() throws {
        let csv = CSVChoice(path: "iris", problem: .classification(classes: 3))
        let base = TrainingConfig(dataset: DatasetConfig(kind: .circle))
        let result = try ControlID.dataset.parsed("csv", into: base, csv: csv)
        var expected = base
        expected.dataset.kind = nil
        expected.dataset.csvPath = "iris"
        expected.output = .softmax
        expected.loss = .crossEntropy
        #expect(result == expected)
    }
}

/// Every setting the table offers on the panel is the setting of one of its rows.
@Suite struct SettingsPanelCoverageTests {
    @Test func eachPanelSettingHasARow() {
        let shown = ControlID.allCases.compactMap(\.setting?.key)
        let panel = Settings.all.filter { $0.fronts.contains(.panel) }.map(\.key)
        #expect(Set(shown) == Set(panel))
        #expect(shown.count == panel.count)
    }

    @Test func labelsComeFromTheTable() {
        #expect(ControlID.learningRate.label == "learning rate")
        #expect(ControlID.regularizationRate.label == "reg. rate")
        #expect(ControlID.regenerate.label == "regenerate data")
    }
}
