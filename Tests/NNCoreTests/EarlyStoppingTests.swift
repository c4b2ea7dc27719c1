import Testing
@testable import NNCore

/// `EarlyStopping` on hand-traced sequences (Keras's rule: an improvement is
/// v < best − min_delta; stop once `wait` ≥ patience, never at the first epoch),
/// and on a real training run whose best weights it restores.
@Suite struct EarlyStoppingTests {
    /// Runs the values in order from epoch 1; the epoch it stopped at, if any.
    static func run(_ values: [Double], patience: Int, minDelta: Double = 0) -> (EarlyStopping, Int?) {
        var stopper = EarlyStopping(patience: patience, minDelta: minDelta)
        for (i, v) in values.enumerated() where stopper.observe(epoch: i + 1, value: v, parameters: [v]) {
            return (stopper, i + 1)
        }
        return (stopper, nil)
    }

    /// 1.0 (best), 0.9 (< 0.99: best), 0.895 (not < 0.89: wait 1), 0.89 (not < 0.89:
    /// wait 2 = patience): stop at epoch 4, best at epoch 2 with 0.9.
    @Test func minDeltaDecidesWhatCountsAsBetter() {
        let (stopper, stopped) = EarlyStoppingTests.run([1.0, 0.9, 0.895, 0.89, 0.5], patience: 2, minDelta: 0.01)
        #expect(stopped == 4)
        #expect(stopper.bestEpoch == 2 && stopper.best == 0.9 && stopper.bestParameters == [0.9])
        #expect(stopper.stoppedEpoch == 4)
    }

    /// Without min_delta any decrease is an improvement and resets the wait.
    @Test func anImprovementResetsTheWait() {
        let (stopper, stopped) = EarlyStoppingTests.run([1, 1.1, 0.99, 1.2, 1.3, 1.4], patience: 3)
        #expect(stopped == 6)
        #expect(stopper.bestEpoch == 3)
    }

    /// Patience 0 stops at the first epoch that does not improve, but never at the first.
    @Test func patienceZeroStopsAtOnceButNotAtTheFirstEpoch() {
        #expect(EarlyStoppingTests.run([5], patience: 0).1 == nil)
        #expect(EarlyStoppingTests.run([5, 4, 4], patience: 0).1 == 3)
    }

    /// NaN never improves, so a diverging loss runs out the patience.
    @Test func nanNeverImproves() {
        let (stopper, stopped) = EarlyStoppingTests.run([0.7, .nan, .nan], patience: 2)
        #expect(stopped == 3 && stopper.bestEpoch == 1)
    }

    /// On a network that over-fits (few noisy points, a big network), the kept
    /// parameters give exactly the best validation loss seen.
    @Test func keptParametersReproduceTheBestLoss() throws {
        var config = TrainingConfig()
        config.dataset = DatasetConfig(kind: .xor, noise: 0.5, testRatio: 0.5, count: 60)
        config.hiddenLayers = [8, 8]
        config.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.03)
        let dataset = try DatasetFactory.make(config)
        var trainer = try Trainer(config: config, dataset: dataset)
        let held = FeatureMatrix(samples: trainer.split.test, features: config.features)
        func loss(_ network: Network) -> Double {
            NetworkOutputs(network: network, inputs: held, problem: trainer.problem, loss: config.loss).meanLoss
        }
        var stopper = EarlyStopping(patience: 20)
        var losses: [Double] = []
        for epoch in 1...400 {
            trainer.trainEpoch()
            let v = loss(trainer.network)
            losses.append(v)
            if stopper.observe(epoch: epoch, value: v, parameters: trainer.network.parameters) { break }
        }
        let stopped = try #require(stopper.stoppedEpoch)
        let bestEpoch = try #require(stopper.bestEpoch)
        #expect(stopped == bestEpoch + 20)
        #expect(stopper.best == losses.min())
        var restored = trainer.network
        restored.parameters = try #require(stopper.bestParameters)
        #expect(loss(restored) == stopper.best)
    }
}
