import NNCore
import NNSession
import Testing

/// A race replayed from its logged (step, command) pairs ends with the same bits.
@Suite struct RaceReplayTests {
    @Test func replayingTheLoggedCommandsReproducesTheBits() throws {
        let variants = Array(RaceStateTests.variants().prefix(3))
        var live = try RaceState(variants: variants)
        var log: [(step: Int, command: RaceLabCommand)] = []
        func send(_ command: RaceLabCommand) {
            log.append((live.sessionStep, command))
            live.apply(command)
        }
        func play(_ steps: Int) { for _ in 0..<steps where live.isPlaying { live.step() } }
        var lr = variants[0].config
        send(.all(.play)); play(37)
        lr.optimizer.learningRate = 0.003
        send(.variant(id: 0, .configure(lr))); play(20)
        send(.add(copyOf: 2, name: "copy")); play(5)
        var relu = live.entrants[3].config
        relu.activation = .relu
        send(.variant(id: 3, .configure(relu))); play(11)
        send(.all(.pause)); send(.all(.step)); send(.all(.step))
        send(.remove(id: 1)); send(.all(.resetWeights)); send(.all(.play)); play(9)
        send(.all(.regenerateData)); play(13)
        send(.all(.addPoint(Sample(x1: 1, x2: 1, label: 1)))); play(7)
        let end = live.sessionStep

        var replayed = try RaceState(variants: variants)
        for entry in log { try replayed.replay(entry.command, at: entry.step) }
        let reached = replayed.advance(to: end)
        #expect(reached)
        #expect(replayed.entrants.map(\.name) == ["adam", "deep", "copy"])
        #expect(replayed.entrants.map(\.playground.trainer.network.parameters)
                == live.entrants.map(\.playground.trainer.network.parameters))
        #expect(replayed.entrants.map(\.playground.sessionStep) == live.entrants.map(\.playground.sessionStep))
        #expect(live.entrants[0].playground.trainer.steps > 0)
    }

    @Test func aLogFromTheFutureIsADesync() throws {
        var race = try RaceState(variants: Array(RaceStateTests.variants().prefix(2)))
        race.advance(to: 5)
        #expect(throws: InputError.self) { try race.replay(.all(.pause), at: 3) }
    }
}
