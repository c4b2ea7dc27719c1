import NNCore
import NNSession
import Testing

/// A log of (session step, command) replayed on a fresh state reproduces the run bit for bit.
@Suite struct PlaygroundReplayTests {
    private func script(_ base: TrainingConfig) -> [LoggedCommand] {
        var faster = base
        faster.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.01)
        var deeper = faster
        deeper.hiddenLayers = [6, 4]
        deeper.features = [.x1, .x2, .x1Squared]
        var batch = deeper
        batch.batchSize = 7
        batch.regularization.dropout = 0.2
        var moons = batch
        moons.dataset.kind = .moons
        moons.dataset.noise = 0.2
        return [
            LoggedCommand(step: 0, command: .play),
            LoggedCommand(step: 40, command: .configure(faster)),
            LoggedCommand(step: 40, command: .addPoint(Sample(x1: 1, x2: 1, label: 0))),
            LoggedCommand(step: 95, command: .configure(deeper)),
            LoggedCommand(step: 130, command: .resetWeights),
            LoggedCommand(step: 170, command: .configure(batch)),
            LoggedCommand(step: 171, command: .pause),
            LoggedCommand(step: 171, command: .step),
            LoggedCommand(step: 172, command: .step),
            LoggedCommand(step: 173, command: .play),
            LoggedCommand(step: 220, command: .regenerateData),
            LoggedCommand(step: 260, command: .configure(moons)),
            LoggedCommand(step: 300, command: .unknown(kind: "fromTheFuture")),
        ]
    }

    @Test func replayingALogIsBitIdentical() throws {
        let config = TrainingConfig()
        var live = try PlaygroundState(config: config)
        for entry in script(config) {
            live.advance(to: entry.step)
            live.apply(entry.command)
        }
        live.advance(to: 400)
        for _ in 0..<3 {
            var replayed = try PlaygroundState(config: config)
            try replayed.replay(script(config), until: 400)
            #expect(replayed.trainer.network.parameters.map(\.bitPattern)
                    == live.trainer.network.parameters.map(\.bitPattern))
            #expect(replayed.version == live.version)
            #expect(replayed.lossHistory == live.lossHistory)
            #expect(replayed.trainer.split == live.trainer.split)
            #expect(replayed.config == live.config)
        }
        #expect(live.config.dataset.kind == .moons && live.sessionStep == 400)
    }

    @Test func aLogThatCannotBeReachedIsADesync() throws {
        var state = try PlaygroundState(config: TrainingConfig())
        state.advance(to: 10)
        #expect(throws: InputError.self) { try state.replay(LoggedCommand(step: 5, command: .pause)) }
        var diverging = try PlaygroundState(config: PlaygroundStateRulesTests.explosive())
        #expect(throws: InputError.self) { try diverging.replay([], until: 10_000) }
    }
}
