import NNCore
import NNSession
import Testing

/// `Command.setWeight`: a weight or bias typed in by the student changes exactly that
/// parameter, keeps the optimizer's state, replays to the same bits and refuses
/// parameters that do not exist.
@Suite struct PlaygroundSetWeightTests {
    static func state() throws -> PlaygroundState {
        var config = TrainingConfig()
        config.optimizer = OptimizerConfig(kind: .momentum, learningRate: 0.03)
        return try PlaygroundState(config: config)
    }

    @Test func changesExactlyThatParameter() throws {
        var state = try PlaygroundSetWeightTests.state()
        let before = state.trainer.network.parameters
        state.apply(.setWeight(layer: 1, neuron: 1, input: 3, value: 0.625))
        state.apply(.setWeight(layer: 2, neuron: 0, input: nil, value: -1.5))
        #expect(state.lastRejection == nil)
        let layout = state.trainer.network.layout
        var expected = before
        expected[layout.weightIndex(layer: 1, neuron: 1, input: 3)] = 0.625
        expected[layout.biasOffsets[2]] = -1.5
        #expect(state.trainer.network.parameters == expected)
        #expect(state.trainer.network.weight(layer: 1, neuron: 1, input: 3) == 0.625)
    }

    /// Training on after an edit keeps the momentum built up before it: the result
    /// equals training on with the parameter written straight into the trainer.
    @Test func theOptimizerStateCarriesOn() throws {
        var edited = try PlaygroundSetWeightTests.state()
        for _ in 0..<30 { edited.step() }
        var trainer = edited.trainer
        edited.apply(.setWeight(layer: 0, neuron: 2, input: 0, value: 3))
        try trainer.setParameter(ParameterAddress(layer: 0, neuron: 2, input: 0), to: 3)
        for _ in 0..<30 { edited.step(); trainer.step() }
        #expect(edited.trainer.network.parameters == trainer.network.parameters)
        #expect(edited.trainer.optimizer == trainer.optimizer)
        #expect(edited.trainer.optimizer.stepCount == 60, "the momentum was not started afresh")
    }

    /// The logged edit replays at its step to the same bits.
    @Test func aReplayCarriesTheSameEdit() throws {
        var live = try PlaygroundSetWeightTests.state()
        var log: [LoggedCommand] = []
        func send(_ command: Command) {
            log.append(LoggedCommand(step: live.sessionStep, command: command))
            live.apply(command)
        }
        for _ in 0..<7 { live.step() }
        send(.setWeight(layer: 0, neuron: 0, input: 1, value: -0.75))
        for _ in 0..<11 { live.step() }
        var replayed = try PlaygroundSetWeightTests.state()
        try replayed.replay(log, until: live.sessionStep)
        #expect(replayed.trainer.network.parameters == live.trainer.network.parameters)
    }

    @Test func refusesWhatDoesNotExist() throws {
        var state = try PlaygroundSetWeightTests.state()  // 2-4-2-1: weight layers 0, 1, 2
        let before = state.trainer.network.parameters
        for command: Command in [.setWeight(layer: 3, neuron: 0, input: 0, value: 1),
                                 .setWeight(layer: 1, neuron: 2, input: 0, value: 1),
                                 .setWeight(layer: 0, neuron: 0, input: 2, value: 1),
                                 .setWeight(layer: 0, neuron: 0, input: 0, value: .nan),
                                 .setWeight(layer: 0, neuron: 0, input: 0, value: 2e6)] {
            state.apply(command)
            #expect(state.lastRejection?.kind == "setWeight", "\(command)")
        }
        #expect(state.trainer.network.parameters == before)
        #expect(state.lastRejection?.message == "a weight must be a number from -1e6 to 1e6 (got 2000000.0)")
    }
}
