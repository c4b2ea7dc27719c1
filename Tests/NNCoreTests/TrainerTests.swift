import Testing
@testable import NNCore

@Suite struct TrainerTests {
    static func trainer(_ config: TrainingConfig) throws -> Trainer {
        try Trainer(config: config, dataset: try DatasetFactory.make(config))
    }

    static func xorConfig(hidden: [Int], features: [Feature] = [.x1, .x2], seed: UInt64 = 3) -> TrainingConfig {
        var c = TrainingConfig()
        c.dataset = DatasetConfig(kind: .xor, noise: 0, testRatio: 0.5, count: 200)
        c.features = features
        c.hiddenLayers = hidden
        c.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.03)
        c.batchSize = 10
        c.seed = seed
        return c
    }

    @Test func twoFourOneTanhLearnsXORPerfectly() throws {
        var t = try Self.trainer(Self.xorConfig(hidden: [4]))
        t.train(epochs: 300)
        let e = t.evaluate()
        #expect(e.train.accuracy == 1, "train accuracy \(e.train.accuracy ?? -1)")
        #expect(e.test!.accuracy! > 0.95)
    }

    @Test func noHiddenLayerCannotPassSeventyFivePercentOnXOR() throws {
        for seed: UInt64 in 1...3 {
            var t = try Self.trainer(Self.xorConfig(hidden: [], seed: seed))
            t.train(epochs: 200)
            #expect(t.evaluate().train.accuracy! <= 0.75)
        }
    }

    @Test func featureX1X2MakesXORLinear() throws {
        var t = try Self.trainer(Self.xorConfig(hidden: [], features: [.x1TimesX2]))
        t.train(epochs: 200)
        #expect(t.evaluate().train.accuracy! > 0.98)
    }

    @Test func sameSeedGivesBitIdenticalParameters() throws {
        var c = Self.xorConfig(hidden: [6, 3])
        c.regularization = Regularization(l1: 0.001, l2: 0.001, dropout: 0.2)
        var a = try Self.trainer(c), b = try Self.trainer(c)
        a.train(epochs: 20)
        b.train(epochs: 20)
        #expect(a.network.parameters == b.network.parameters)
        c.seed += 1
        var d = try Self.trainer(c)
        d.train(epochs: 20)
        #expect(a.network.parameters != d.network.parameters)
    }

    @Test func stepsAndEpochsCountPartialBatches() throws {
        var c = Self.xorConfig(hidden: [3])
        c.dataset.count = 46 // 23 training points
        c.batchSize = 10     // 10 + 10 + 3
        var t = try Self.trainer(c)
        #expect(t.trainInputs.count == 23 && t.stepsPerEpoch == 3)
        t.step(); t.step()
        #expect(t.epochs == 0)
        t.step()
        #expect(t.epochs == 1 && t.steps == 3)
        t.train(epochs: 2)
        #expect(t.epochs == 3 && t.steps == 9)
    }

    @Test func fullBatchIsOneStepPerEpoch() throws {
        var c = Self.xorConfig(hidden: [3])
        c.batchSize = 100_000
        var t = try Self.trainer(c)
        t.train(epochs: 5)
        #expect(t.steps == 5 && t.effectiveBatchSize == 100)
    }

    /// Without shuffling and with batch = 1, one epoch of SGD is the same as stepping
    /// through the points in order by hand.
    @Test func noShuffleVisitsPointsInOrder() throws {
        var c = Self.xorConfig(hidden: [2])
        c.shuffle = false
        c.batchSize = 1
        c.optimizer = OptimizerConfig(kind: .sgd, learningRate: 0.1)
        var t = try Self.trainer(c)
        var network = t.network
        for s in 0..<t.trainInputs.count {
            let one = FeatureMatrix(samples: [t.split.train[s]], features: c.features)
            let g = FullBatchGradient.compute(network: network, inputs: one, problem: t.problem, loss: c.loss,
                                              regularization: c.regularization)
            for k in 0..<g.count { network.parameters[k] = network.parameters[k].addingProduct(-0.1, g[k]) }
        }
        t.trainEpoch()
        #expect(t.network.parameters == network.parameters)
    }

    @Test func divergenceIsReportedNotTrapped() throws {
        var c = Self.xorConfig(hidden: [8, 8])
        c.activation = .relu
        c.output = .linear
        c.loss = .meanSquaredError
        c.optimizer = OptimizerConfig(kind: .sgd, learningRate: 10)
        var t = try Self.trainer(c)
        t.train(epochs: 50)
        let k = try #require(t.divergedAtStep)
        #expect(k >= 1 && k <= t.steps)
        let steps = t.steps
        #expect(t.step() == false && t.steps == steps)
        // Stopped at the first step that left a parameter non-finite, or at the end of
        // the first epoch that left one beyond the limit.
        let largest = t.network.parameters.map(\.magnitude).max() ?? 0
        #expect(!(largest <= Trainer.divergenceLimit), "\(largest)")
        let loss = t.evaluate().train.loss
        #expect(loss.isNaN || loss > 1e20, "\(loss)")
    }

    /// A parameter beyond `divergenceLimit` counts as diverged while every number is
    /// still finite (a loss of 1e92 was once shown as "not diverged"): at once when
    /// loaded, and at the end of the epoch in which training finds it. Here a dead ReLU
    /// (bias −1e16, so it outputs 0 at every point) carries an outgoing weight of 1e16
    /// that no gradient ever touches, so nothing overflows.
    @Test func astronomicalWeightsCountAsDiverged() throws {
        var c = Self.xorConfig(hidden: [4])
        c.activation = .relu
        var t = try Self.trainer(c)
        let layout = t.network.layout
        var parameters = t.network.parameters
        parameters[layout.biasOffsets[0] + 1] = -1e16
        parameters[layout.weightIndex(layer: 1, neuron: 0, input: 1)] = 1e16
        var loaded = try Self.trainer(c)
        try loaded.load(parameters: parameters)
        #expect(loaded.divergedAtStep == 0, "loading such weights is diverged at once")
        t.network.parameters = parameters  // as if training had put them there
        t.train(epochs: 3)
        let k = try #require(t.divergedAtStep)
        #expect(k == t.stepsPerEpoch, "judged at the end of the first epoch")
        let allFinite = t.network.parameters.allSatisfy { $0.isFinite }
        #expect(allFinite && t.lastGradientNorm.isFinite)
    }

    @Test func dropoutChangesTrainingButNotEvaluation() throws {
        var c = Self.xorConfig(hidden: [8])
        var plain = try Self.trainer(c)
        c.regularization.dropout = 0.5
        var dropped = try Self.trainer(c)
        #expect(plain.evaluate() == dropped.evaluate()) // same initial weights, no dropout when evaluating
        plain.train(epochs: 1)
        dropped.train(epochs: 1)
        #expect(plain.network.parameters != dropped.network.parameters)
    }

    @Test func l1DrivesUselessWeightsTowardsZero() throws {
        var c = Self.xorConfig(hidden: [], features: [.x1, .x2, .x1TimesX2])
        c.regularization.l1 = 0.01
        c.optimizer = OptimizerConfig(kind: .sgd, learningRate: 0.1)
        var t = try Self.trainer(c)
        t.train(epochs: 200)
        let w = (0..<3).map { abs(t.network.weight(layer: 0, neuron: 0, input: $0)) }
        #expect(w[2] > 10 * max(w[0], w[1]), "weights \(w)")
    }

    @Test func multiClassSoftmaxLearnsBlobs() throws {
        var c = TrainingConfig()
        c.dataset = DatasetConfig(kind: .blobs, noise: 0, testRatio: 0.3, count: 300, classes: 4)
        c.hiddenLayers = [8]
        c.output = .softmax
        c.loss = .crossEntropy
        c.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.01)
        var t = try Self.trainer(c)
        t.train(epochs: 50)
        let e = t.evaluate()
        #expect(e.train.confusion?.classes == 4)
        #expect(e.test!.accuracy! > 0.9)
    }

    @Test func regressionFitsThePlane() throws {
        var c = TrainingConfig()
        c.dataset = DatasetConfig(kind: .regPlane, noise: 0, testRatio: 0.5, count: 400)
        c.hiddenLayers = []
        c.output = .linear
        c.loss = .meanSquaredError
        c.optimizer = OptimizerConfig(kind: .sgd, learningRate: 0.01)
        var t = try Self.trainer(c)
        t.train(epochs: 100)
        let r = try #require(t.evaluate().test?.regression)
        #expect(r.rSquared > 0.999 && r.meanSquaredError < 1e-3)
    }

    @Test func invalidCombinationsAreRejected() throws {
        var c = TrainingConfig()
        c.output = .softmax
        #expect(throws: InputError("loss bce needs --output sigmoid (it reads the output as a probability)")) {
            try Self.trainer(c)
        }
        c = TrainingConfig()
        c.dataset.testRatio = 0.999
        c.dataset.count = 10
        #expect(throws: InputError.self) { try Self.trainer(c) }
    }
}
