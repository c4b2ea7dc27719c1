import NNCore
import NNSession
import Testing
@testable import NNTUI

/// ← and → on every control, the ladders, and how the data, the problem and the output
/// layer follow one another.
@Suite struct AppControlTests {
    static let configs: [TrainingConfig] = [
        TrainingConfig(),
        AppFixture.config { $0.dataset.kind = .blobs; $0.output = .softmax; $0.loss = .crossEntropy },
        AppFixture.config { $0.dataset.kind = .regGauss; $0.output = .linear; $0.loss = .meanSquaredError },
        AppFixture.config { $0.optimizer = OptimizerConfig(kind: .adamw, learningRate: 0.01); $0.regularization.dropout = 0.2 },
        AppFixture.config { $0.optimizer = OptimizerConfig(kind: .rmsprop); $0.regularization.l1 = 0.003; $0.hiddenLayers = [] },
        AppFixture.config { $0.dataset.kind = .gateXor; $0.dataset.testRatio = 0; $0.seed = 0 },
    ]

    /// Every control, both ways, from several starting points: either nothing happens
    /// or one valid configuration is sent (the rules keep head, loss and problem fitting).
    @Test(arguments: configs)
    func everyStepIsValidOrNothing(_ config: TrainingConfig) throws {
        for control in ControlID.focusable(for: config) {
            for direction in [-1, 1] {
                var state = AppState(config: config)
                state.focus = control
                let (after, commands) = AppFixture.press([direction < 0 ? .left : .right], on: state)
                if commands.isEmpty {
                    #expect(after.config == config, "\(control) \(direction)")
                    continue
                }
                #expect(commands == [.configure(after.config)], "\(control) \(direction)")
                #expect(after.config != config, "\(control) \(direction)")
                try after.config.validate(for: after.problem)
                #expect(ControlID.focusable(for: after.config).contains(after.focus))
            }
        }
    }

    @Test func datasetsCycleAndTheOutputFollowsTheProblem() {
        var state = AppFixture.state()
        state.focus = .dataset
        var seen: [String] = []
        for _ in DatasetKind.allCases {
            seen.append(state.config.dataset.displayName)
            state = AppFixture.press([.right], on: state).0
        }
        #expect(seen == DatasetKind.allCases.map(\.rawValue))
        #expect(state.config.dataset.kind == .circle, "wraps round")
        let blobs = AppFixture.press(Array(repeating: .right, count: 5), on: AppFixture.state()).0
        var onBlobs = blobs
        onBlobs.focus = .dataset
        let b = AppFixture.press(Array(repeating: .right, count: 5), on: onBlobs).0
        #expect(b.config.dataset.kind == .blobs)
        #expect(b.config.output == .softmax && b.config.loss == .crossEntropy)
        #expect(ControlID.focusable(for: b.config).contains(.classes))
        var toGate = b
        toGate.config.dataset.kind = .checkerboard
        toGate.config.output = .sigmoid
        toGate.config.loss = .binaryCrossEntropy
        toGate = AppFixture.press([.right], on: toGate).0
        #expect(toGate.config.dataset.kind == .gateAnd)
        #expect(toGate.config.dataset.testRatio == 0, "the gates hold nothing out")
        #expect(toGate.config.output == .sigmoid)
        let regression = AppFixture.press(Array(repeating: .right, count: 3), on: toGate).0
        #expect(regression.config.dataset.kind == .regPlane)
        #expect(regression.config.dataset.testRatio == 0.5)
        #expect(regression.problem == .regression)
        #expect(regression.config.output == .linear && regression.config.loss == .meanSquaredError)
    }

    @Test func problemSwitchesBetweenClassificationAndRegressionData() {
        var state = AppFixture.state()
        state.focus = .problem
        let regression = AppFixture.press([.right], on: state).0
        #expect(regression.config.dataset.kind == .regPlane)
        #expect(ControlID.problem.valueText(regression.config, csv: nil) == "regression")
        let back = AppFixture.press([.left], on: regression).0
        #expect(back.config.dataset.kind == .circle)
        #expect(back.config.output == .sigmoid && back.config.loss == .binaryCrossEntropy)
    }

    @Test func csvDataKeepTheirProblemAndCanBeReturnedTo() {
        let csv = CSVChoice(path: "iris", problem: .classification(classes: 3))
        var config = TrainingConfig(dataset: DatasetConfig(kind: nil, csvPath: "iris"), output: .softmax, loss: .crossEntropy)
        config.features = [.x1, .x2]
        var state = AppState(config: config, csv: csv)
        state.focus = .dataset
        #expect(state.problem == .classification(classes: 3))
        #expect(!ControlID.noise.isEnabled(config) && !ControlID.problem.isEnabled(config))
        let builtIn = AppFixture.press([.right], on: state).0
        #expect(builtIn.config.dataset.kind == .circle)
        #expect(builtIn.config.output == .sigmoid)
        let back = AppFixture.press([.left], on: builtIn).0
        #expect(back.config.dataset.kind == nil && back.config.dataset.csvPath == "iris")
        #expect(back.config.output == .softmax)
    }

    @Test func optimizerSwitchKeepsTheNetworkSettingsAndShowsItsParameters() {
        var state = AppFixture.state()
        state.focus = .optimizer
        let names = (1...OptimizerKind.allCases.count).map { n in
            AppFixture.press(Array(repeating: .right, count: n), on: state).0.config.optimizer.kind
        }
        #expect(names == [.momentum, .nesterov, .adagrad, .rmsprop, .adam, .adamw, .ga, .cmaes, .sgd])
        let momentum = AppFixture.press([.right], on: state).0
        #expect(momentum.config.optimizer.momentum == 0.9)
        let sgd = AppFixture.press([.left], on: momentum).0
        #expect(sgd.config.optimizer.momentum == 0 && !sgd.config.optimizer.nesterov)
        let adam = AppFixture.press([.left, .left, .left, .left], on: state).0
        #expect(adam.config.optimizer.kind == .adam)
        #expect(ControlID.focusable(for: adam.config).contains(.beta2))
        #expect(!ControlID.focusable(for: adam.config).contains(.momentum))
        // GA and CMA-ES have no learning rate: their rows are the population's.
        let cma = AppFixture.press([.left], on: state).0
        #expect(cma.config.optimizer.kind == .cmaes)
        #expect(ControlID.focusable(for: cma.config).contains(.sigma) && !ControlID.focusable(for: cma.config).contains(.learningRate))
        #expect(!ControlID.focusable(for: cma.config).contains(.mutationRate))
        // Nor a batch, an lr schedule, clipping or a shuffle: they rank on the whole set, with no gradient.
        let gradientOnly: [ControlID] = [.batchSize, .schedule, .scheduleGamma, .scheduleStep, .clip, .shuffle]
        let cmaRows = ControlID.rows(for: cma.config, more: ControlID.extraControls).compactMap(\.control)
        let adamRows = ControlID.rows(for: adam.config, more: ControlID.extraControls).compactMap(\.control)
        #expect(gradientOnly.allSatisfy { !cmaRows.contains($0) })
        #expect([ControlID.batchSize, .clip, .shuffle].allSatisfy { adamRows.contains($0) })
        // Learning rate and optimizer changes keep the hidden layers (the engine keeps the network).
        #expect(adam.config.hiddenLayers == state.config.hiddenLayers)
    }

    @Test func focusOnAVanishedRowMovesToItsOwner() {
        var state = AppFixture.state(AppFixture.config { $0.optimizer = OptimizerConfig(kind: .adam) })
        state.focus = .beta1
        state.adopt(EngineReport(config: TrainingConfig(), isPlaying: false))
        #expect(state.focus == .optimizer)
        var blobs = AppFixture.state(AppFixture.config { $0.dataset.kind = .blobs; $0.output = .softmax; $0.loss = .crossEntropy })
        blobs.focus = .classes
        blobs.adopt(EngineReport(config: TrainingConfig(), isPlaying: false))
        #expect(blobs.focus == .dataset)
    }

    @Test func regularizationCyclesAndItsRateFollows() {
        var state = AppFixture.state()
        state.focus = .regularization
        let l1 = AppFixture.press([.right], on: state).0
        #expect(l1.config.regularization == Regularization(l1: 0.001))
        var rate = l1
        rate.focus = .regularizationRate
        let higher = AppFixture.press([.right, .right], on: rate).0
        #expect(higher.config.regularization.l1 == 0.01)
        var kind = higher
        kind.focus = .regularization
        let l2 = AppFixture.press([.right], on: kind).0
        #expect(l2.config.regularization == Regularization(l2: 0.01), "L1's rate carries over to L2")
        let dropout = AppFixture.press([.right], on: l2).0
        #expect(dropout.config.regularization == Regularization(dropout: 0.1))
        #expect(AppFixture.press([.right], on: dropout).0.config.regularization == Regularization())
        #expect(RegularizationChoice(Regularization(l1: 0.1, l2: 0.1)) == .mixed)
    }

    @Test func hiddenLayersGrowAndShrink() {
        var state = AppFixture.state()
        state.focus = .hidden
        #expect(AppFixture.press([.right], on: state).0.config.hiddenLayers == [4, 2, 2])
        #expect(AppFixture.press([.left, .left], on: state).0.config.hiddenLayers == [])
        #expect(AppFixture.press([.left, .left, .left], on: state).1.count == 2, "no layer to remove")
        #expect(AppFixture.press(Array(repeating: .right, count: 6), on: state).0.config.hiddenLayers.count == 6)
    }

    @Test func featuresStepThroughPresets() {
        var state = AppFixture.state()
        state.focus = .features
        #expect(AppFixture.press([.right], on: state).0.config.features == [.x1, .x2, .x1Squared, .x2Squared])
        #expect(AppFixture.press([.left], on: state).0.config.features == Feature.allCases)
    }

    @Test func laddersStepFromAnyValue() {
        #expect(Ladder.learningRate.step(0.03, by: 1) == 0.1)
        #expect(Ladder.learningRate.step(0.1 + 0.2, by: 1) == 1, "0.30000000000000004 counts as 0.3")
        #expect(Ladder.learningRate.step(0.1 + 0.2, by: -1) == 0.1)
        #expect(Ladder.learningRate.step(10, by: 1) == nil)
        #expect(Ladder.learningRate.step(0.00001, by: -1) == nil)
        #expect(Ladder.learningRate.step(50, by: -1) == 10)
        #expect(Ladder.noise.rungs.count == 11)
        #expect(Ladder.testRatio.step(0.5, by: 1) == 0.6)
    }

    @Test func valuesAsThePanelShowsThem() {
        let c = AppFixture.config {
            $0.dataset.testRatio = 0.3
            $0.features = [.x1, .x1Squared]
            $0.loss = .meanSquaredError
            $0.regularization.l2 = 0.003
            $0.batchSize = TrainingConfig.Limits.maxPoints
        }
        let text = { (id: ControlID) in id.valueText(c, csv: nil) }
        #expect(text(.testRatio) == "30%")
        #expect(text(.features) == "x1 x1²")
        #expect(text(.hidden) == "4-2")
        #expect(text(.output) == "sigmoid·mse")
        #expect(text(.regularization) == "L2")
        #expect(text(.regularizationRate) == "0.003")
        #expect(text(.batchSize) == "full")
        #expect(ControlID.regularizationRate.valueText(TrainingConfig(), csv: nil) == "–")
        #expect(ControlID.features.editText(c, csv: nil) == "x1,x1sq")
        #expect(ControlID.output.editText(c, csv: nil) == "sigmoid,mse")
    }

    @Test func controlsModelHasOneItemPerRow() {
        let state = AppFixture.state()
        let model = state.controlsModel
        #expect(model.items.count == state.rows.count)
        #expect(model.items[model.focused ?? -1].label == "learning rate")
        #expect(model.items.filter { $0.kind == .section }.map(\.label) == ["data", "network", "training", "validation", "more"])
        #expect(model.items.first { $0.label == "reg. rate" }?.isEnabled == false)
    }
}
