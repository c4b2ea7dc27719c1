import Foundation
import NNCore
import NNSession
import Testing

/// `Command.run(epochs:)`: a lesson's automatic run trains exactly that many epochs and
/// pauses by itself, through the real engine thread as well as in a replay.
@Suite struct PlaygroundRunCommandTests {
    @Test func runTrainsExactlyThatManyEpochsThenPauses() throws {
        var state = try PlaygroundState(config: TrainingConfig())
        state.apply(.run(epochs: 3))
        #expect(state.isPlaying && state.lastRejection == nil)
        var steps = 0
        while state.isPlaying && steps < 10_000 {
            state.step()
            steps += 1
        }
        #expect(state.trainer.epochs == 3)
        #expect(steps == 3 * state.trainer.stepsPerEpoch)
        #expect(state.runUntilEpoch == nil)
    }

    @Test func playPauseOrANewSettingCancelsTheRun() throws {
        var state = try PlaygroundState(config: TrainingConfig())
        state.apply(.run(epochs: 2))
        state.apply(.play)
        #expect(state.runUntilEpoch == nil && state.isPlaying)
        state.apply(.run(epochs: 2))
        state.apply(.pause)
        #expect(state.runUntilEpoch == nil && !state.isPlaying)
    }

    @Test func outOfRangeRunsAreRefused() throws {
        var state = try PlaygroundState(config: TrainingConfig())
        state.apply(.run(epochs: 0))
        #expect(state.lastRejection?.kind == "run")
        #expect(!state.isPlaying)
    }

    @Test func theEngineStopsAtTheSameStepAsAReplay() throws {
        let engine = Engine(state: try PlaygroundState(config: TrainingConfig()))
        defer { engine.stop() }
        engine.send(.run(epochs: 40))
        var snapshot = engine.latestSnapshot()
        for _ in 0..<2_000 where snapshot.isPlaying || snapshot.step == 0 {
            usleep(2_000)
            snapshot = engine.latestSnapshot()
        }
        #expect(!snapshot.isPlaying)
        #expect(snapshot.epoch == 40)
        var replay = try PlaygroundState(config: TrainingConfig())
        replay.apply(.run(epochs: 40))
        while replay.isPlaying { replay.step() }
        #expect(snapshot.sessionStep == replay.sessionStep)
        #expect(snapshot.network.parameters.map(\.bitPattern) == replay.trainer.network.parameters.map(\.bitPattern))
    }

    @Test func runRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(Command.run(epochs: 20))
        #expect(String(decoding: data, as: UTF8.self).contains(#""epochs":20"#))
        #expect(try JSONDecoder().decode(Command.self, from: data) == .run(epochs: 20))
    }
}
