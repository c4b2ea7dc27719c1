import NNCore
import NNSession
import Testing

/// Early stopping in the live playground: playing stops (pauses) once the validation
/// loss has not improved for `patience` epochs, the best epoch's weights come back,
/// and a replay of the same log stops at the same step with the same bits.
@Suite struct PlaygroundEarlyStoppingTests {
    static let config: TrainingConfig = {
        var c = TrainingConfig(dataset: DatasetConfig(kind: .spiral, noise: 0.2, testRatio: 0.5),
                               hiddenLayers: [8, 8], optimizer: OptimizerConfig(kind: .adam, learningRate: 0.03))
        c.dataset.validationRatio = 0.2
        c.patience = 15
        return c
    }()

    /// Plays until the state pauses by itself (at most `limit` steps).
    static func playUntilPaused(_ state: inout PlaygroundState, limit: Int = 100_000) {
        state.apply(.play)
        while state.isPlaying && state.sessionStep < limit { state.step() }
    }

    @Test func playingStopsAndRestoresTheBestWeights() throws {
        var state = try PlaygroundState(config: Self.config)
        Self.playUntilPaused(&state)
        let best = try #require(state.bestEpoch)
        #expect(!state.isPlaying)
        #expect(state.stoppedEarlyAt == best + 15)
        #expect(state.trainer.epochs == best + 15)
        #expect(state.lossHistory.points.allSatisfy { $0.validationLoss != nil })
        // The same bits as `nnplay train`'s trainer stopped at the best epoch.
        var fresh = try Trainer(config: Self.config, dataset: try DatasetFactory.make(Self.config))
        fresh.train(epochs: best)
        #expect(state.trainer.network.parameters.map(\.bitPattern) == fresh.network.parameters.map(\.bitPattern))
        let snapshot = state.snapshot()
        #expect(snapshot.bestEpoch == best && snapshot.stoppedEarlyAt == best + 15)
        #expect(snapshot.metrics.validation?.count == 100)
        #expect(snapshot.validationSamples.count == 100 && snapshot.trainSamples.count == 150)
    }

    @Test func aReplayStopsAtTheSameStepWithTheSameBits() throws {
        var live = try PlaygroundState(config: Self.config)
        Self.playUntilPaused(&live)
        let stopStep = live.sessionStep
        // Play on after the stop: a fresh watch starts, and it stops again.
        let log = [LoggedCommand(step: 0, command: .play), LoggedCommand(step: stopStep, command: .play)]
        live.apply(.play)
        while live.isPlaying && live.sessionStep < stopStep + 50_000 { live.step() }
        let end = live.sessionStep
        var replayed = try PlaygroundState(config: Self.config)
        try replayed.replay(log, until: end)
        #expect(replayed.trainer.network.parameters.map(\.bitPattern) == live.trainer.network.parameters.map(\.bitPattern))
        #expect(replayed.isPlaying == live.isPlaying)
        #expect(replayed.stoppedEarlyAt == live.stoppedEarlyAt)
        #expect(replayed.bestEpoch == live.bestEpoch)
        #expect(replayed.lossHistory == live.lossHistory)
    }

    /// Without a validation ratio or patience nothing stops the run and no validation
    /// loss is recorded.
    @Test func withoutPatienceNothingStops() throws {
        var state = try PlaygroundState(config: TrainingConfig())
        state.apply(.run(epochs: 30))
        while state.isPlaying { state.step() }
        #expect(state.trainer.epochs == 30)
        #expect(state.bestEpoch == nil && state.stoppedEarlyAt == nil)
        #expect(state.lossHistory.points.allSatisfy { $0.validationLoss == nil })
    }

    /// A new patience, live, starts the watch again without rebuilding the network.
    @Test func aNewPatienceIsLive() throws {
        var state = try PlaygroundState(config: Self.config)
        state.apply(.run(epochs: 3))
        while state.isPlaying { state.step() }
        let parameters = state.trainer.network.parameters
        var longer = Self.config
        longer.patience = 40
        state.apply(.configure(longer))
        #expect(state.lastRejection == nil)
        #expect(state.trainer.network.parameters == parameters)
        #expect(state.earlyStopping?.patience == 40 && state.bestEpoch == nil)
    }
}
