import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Each inspector view drawn by the app at 80×24, 120×40 and 200×60 from figures the
/// painter computed, compared with the committed golden frames.
@Suite struct InspectorGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    private func check(_ app: AppState, _ snapshot: Snapshot, name: String, size: Size) {
        let frame = InspectorFixture.frame(app, snapshot: snapshot, size: size)
        GoldenFile.check(InspectorFixture.dump(frame, size: size), named: "inspector-\(name)-\(size.width)x\(size.height)")
    }

    @Test(arguments: sizes)
    func evaluationAtAThreshold(size: Size) throws {
        var app = InspectorFixture.pressing("i]]]", on: AppState(config: InspectorFixture.circle))
        app.discretize = true
        // ]]] set the threshold to 0.65 in the configuration the engine trains.
        let snapshot = try InspectorFixture.trained(app.config, epochs: 40, app: app)
        check(app, snapshot, name: "evaluation", size: size)
    }

    @Test(arguments: sizes)
    func regressionEvaluation(size: Size) throws {
        let app = InspectorFixture.pressing("i", on: AppState(config: InspectorFixture.regression))
        let snapshot = try InspectorFixture.trained(InspectorFixture.regression, epochs: 30, app: app)
        check(app, snapshot, name: "regression", size: size)
    }

    @Test(arguments: sizes)
    func weightsWithHistory(size: Size) throws {
        var app = InspectorFixture.pressing("iiw", on: AppState(config: InspectorFixture.circle))
        app = AppFixture.press([.down, .right], on: app).0
        let snapshot = try InspectorFixture.trained(InspectorFixture.circle, epochs: 40, app: app)
        check(app, snapshot, name: "weights", size: size)
    }

    @Test(arguments: sizes)
    func gradientFlowOfFiveSigmoidLayers(size: Size) throws {
        let app = InspectorFixture.pressing("iii", on: AppState(config: InspectorFixture.deepSigmoid))
        let snapshot = try InspectorFixture.trained(InspectorFixture.deepSigmoid, epochs: 40, app: app)
        check(app, snapshot, name: "gradients", size: size)
    }

    @Test(arguments: sizes)
    func hiddenSpace(size: Size) throws {
        let app = InspectorFixture.pressing("iiii", on: AppState(config: InspectorFixture.xor))
        let snapshot = try InspectorFixture.trained(InspectorFixture.xor, epochs: 60, app: app)
        check(app, snapshot, name: "hidden", size: size)
    }

    @Test func dyingReLUsAtALargeLearningRate() throws {
        let config = TrainingConfig(dataset: DatasetConfig(kind: .circle, noise: 0.1), features: [.x1, .x2],
                                    hiddenLayers: [8, 8], activation: .relu,
                                    optimizer: OptimizerConfig(kind: .sgd, learningRate: 3), seed: 7)
        let app = InspectorFixture.pressing("iii", on: AppState(config: config))
        let snapshot = try InspectorFixture.trained(config, epochs: 20, app: app)
        check(app, snapshot, name: "dying-relu", size: Size(width: 120, height: 40))
    }

    @Test func blobsConfusionAtOneHundredTwentyColumns() throws {
        let config = TrainingConfig(dataset: DatasetConfig(kind: .blobs, noise: 0.2, classes: 4), features: [.x1, .x2],
                                    hiddenLayers: [6, 4], activation: .relu, output: .softmax, loss: .crossEntropy,
                                    optimizer: OptimizerConfig(kind: .adam, learningRate: 0.01), seed: 11)
        let app = InspectorFixture.pressing("ivv", on: AppState(config: config))
        let snapshot = try InspectorFixture.trained(config, epochs: 10, app: app)
        check(app, snapshot, name: "blobs-test", size: Size(width: 120, height: 40))
    }
}
