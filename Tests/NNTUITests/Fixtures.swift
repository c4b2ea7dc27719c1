import NNCore
@testable import NNTUI

/// Hand-made screens for the golden frames: small networks trained by the core with a
/// fixed seed, and the control rows an app would show for them.
enum Fixture {
    /// A trained run: the trainer and its loss after every epoch.
    struct Run {
        var trainer: Trainer
        var history: [LossPoint]
    }

    /// Trains `config` for `epochs` epochs, recording the losses each epoch.
    static func run(_ config: TrainingConfig, epochs: Int) throws -> Run {
        let dataset = try DatasetFactory.make(config)
        var trainer = try Trainer(config: config, dataset: dataset)
        var history: [LossPoint] = [losses(trainer)]
        for _ in 0..<epochs {
            trainer.trainEpoch()
            history.append(losses(trainer))
        }
        return Run(trainer: trainer, history: history)
    }

    static func losses(_ t: Trainer) -> LossPoint {
        let train = NetworkOutputs(network: t.network, inputs: t.trainInputs, problem: t.problem, loss: t.config.loss)
        let test = NetworkOutputs(network: t.network, inputs: t.testInputs, problem: t.problem, loss: t.config.loss)
        return LossPoint(epoch: Double(t.epochs), train: train.meanLoss, test: test.meanLoss)
    }

    /// The playground's start: circle, x1 and x2, 4-2 tanh, sigmoid output, lr 0.03, trained 120 epochs.
    static let circle: Run = try! run(TrainingConfig(dataset: DatasetConfig(kind: .circle, noise: 0.1),
                                                     features: [.x1, .x2, .x1Squared, .x2Squared], hiddenLayers: [4, 2],
                                                     seed: 7), epochs: 120)

    /// Four blobs, softmax output, 6-4 ReLU with Adam.
    static let blobs: Run = try! run(TrainingConfig(dataset: DatasetConfig(kind: .blobs, noise: 0.2, classes: 4),
                                                    features: [.x1, .x2], hiddenLayers: [6, 4], activation: .relu,
                                                    output: .softmax, loss: .crossEntropy,
                                                    optimizer: OptimizerConfig(kind: .adam, learningRate: 0.01),
                                                    seed: 3), epochs: 40)

    /// Regression on six gaussian bumps, 8-8 tanh, linear output.
    static let regression: Run = try! run(TrainingConfig(dataset: DatasetConfig(kind: .regGauss, noise: 0, count: 400),
                                                         features: [.x1, .x2, .sinX1, .sinX2], hiddenLayers: [8, 8],
                                                         output: .linear, loss: .meanSquaredError,
                                                         optimizer: OptimizerConfig(kind: .adam, learningRate: 0.01),
                                                         seed: 5), epochs: 60)

    /// The whole screen for `run` at `size`: heatmap and thumbnails painted at the
    /// sizes the layout asks for, as the engine would, and mapped as the app does.
    static func screen(_ run: Run, size: Size, showTest: Bool = true, discretize: Bool = false,
                       diverged: Int? = nil, editing: TextEdit? = nil, focused: Int = 15,
                       showHelp: Bool = false) -> ScreenModel {
        let t = run.trainer
        let problem = t.problem
        let rects: ScreenLayout
        if case .regular(let r) = Layout.make(for: size) { rects = r } else {
            rects = ScreenLayout(size: size, statusBar: .zero, hintBar: .zero, controls: .zero, network: .zero,
                                 heatmap: .zero, lossChart: .zero)
        }
        let fieldSize = HeatmapView.fieldSize(in: rects.heatmap)
        let plain = NetworkViewModel(network: t.network, activeFeatures: t.config.features, problem: problem)
        let thumb = NetworkView.thumbnailPixelSize(for: plain, in: rects.network)
        let spec = PictureSpec(heatmap: GridSize(width: fieldSize.width, height: fieldSize.height),
                               thumbnails: thumb.map { GridSize(width: $0.width, height: $0.height) })
        var painter = PicturePainter()
        let pictures = painter.pictures(of: t.network, features: t.config.features, spec: spec, version: 0)
        let field = pictures.heatmap.map {
            HeatmapField(boundary: $0, size: spec.heatmap!, head: t.network.output, problem: problem)
        } ?? HeatmapField(width: 0, height: 0)
        let network = NetworkViewModel(network: t.network, activeFeatures: t.config.features, problem: problem,
                                       pictures: pictures)
        let train = SetEvaluation(network: t.network, inputs: t.trainInputs, problem: problem, loss: t.config.loss,
                                  penalty: 0, threshold: t.config.threshold)
        let test = SetEvaluation(network: t.network, inputs: t.testInputs, problem: problem, loss: t.config.loss,
                                 penalty: 0, threshold: t.config.threshold)
        let status = StatusModel(isRunning: diverged == nil, epoch: t.epochs, step: t.steps, trainLoss: train.loss,
                                 testLoss: test.loss, trainAccuracy: train.accuracy, testAccuracy: test.accuracy,
                                 epochsPerSecond: 4321.5, framesPerSecond: 30, divergedAtStep: diverged)
        let heatmap = HeatmapModel(field: field, problem: problem, train: t.split.train, test: t.split.test,
                                   showTest: showTest, discretize: discretize)
        return ScreenModel(status: status,
                           controls: ControlsModel(items: controls(t.config, problem: problem), focused: focused,
                                                   editing: editing),
                           network: network, heatmap: heatmap, loss: LossChartModel(history: run.history),
                           showHelp: showHelp)
    }

    /// The control rows for a configuration, as an app might list them.
    static func controls(_ c: TrainingConfig, problem: Problem) -> [ControlItem] {
        let reg = c.regularization
        let regName = reg.l1 > 0 ? "L1" : reg.l2 > 0 ? "L2" : reg.dropout > 0 ? "dropout" : "none"
        let regRate = reg.l1 > 0 ? reg.l1 : reg.l2 > 0 ? reg.l2 : reg.dropout
        return [
            .section("data"),
            ControlItem(label: "dataset", value: c.dataset.displayName),
            ControlItem(label: "noise", value: NumberText.fixed(c.dataset.noise, digits: 2)),
            ControlItem(label: "test ratio", value: NumberText.percent(c.dataset.testRatio)),
            ControlItem(label: "batch size", value: String(c.batchSize)),
            .action("regenerate data"),
            .section("network"),
            ControlItem(label: "features", value: c.features.map(\.label).joined(separator: " ")),
            ControlItem(label: "hidden", value: c.hiddenLayers.map(String.init).joined(separator: "-")),
            ControlItem(label: "activation", value: c.activation.rawValue),
            ControlItem(label: "output", value: "\(c.output.rawValue) · \(c.loss.rawValue)"),
            ControlItem(label: "problem", value: problem.isClassification ? "classes" : "regression"),
            ControlItem(label: "initializer", value: c.initializer.rawValue),
            .section("training"),
            ControlItem(label: "optimizer", value: c.optimizer.kind.rawValue),
            ControlItem(label: "learning rate", value: NumberText.short(c.optimizer.learningRate)),
            ControlItem(label: "momentum", value: NumberText.fixed(c.optimizer.momentum, digits: 2),
                        isEnabled: c.optimizer.kind != .adam),
            ControlItem(label: "regularize", value: regName),
            ControlItem(label: "reg. rate", value: NumberText.short(regRate), isEnabled: regName != "none"),
            ControlItem(label: "seed", value: String(c.seed)),
        ]
    }
}
