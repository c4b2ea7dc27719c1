import Foundation
import NNCore
import NNSession
import Testing

/// Paces in epochs per second: the engine takes about pace × steps-per-epoch steps a
/// second, the pace never changes what is computed, and an old session's `setSpeed`
/// still means steps per second.
@Suite struct EnginePaceTests {
    @Test func anEpochsPerSecondPaceTakesAboutThatManyEpochsASecond() throws {
        var config = TrainingConfig()
        config.dataset.count = 200  // 100 training points, batches of 10: 10 steps an epoch
        let state = try PlaygroundState(config: config)
        #expect(state.trainer.stepsPerEpoch == 10)
        let engine = Engine(state: state)
        defer { engine.stop() }
        engine.send(.setPace(.epochsPerSecond(40)))  // 400 steps a second
        let start = ContinuousClock.now
        engine.send(.play)
        Thread.sleep(forTimeInterval: 0.5)
        engine.send(.pause)
        let elapsed = ContinuousClock.now - start
        engine.stop()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let steps = Double(engine.latestSnapshot().sessionStep)
        // Tolerant timing (a shared machine): never faster than the pace, and not far behind it.
        #expect(steps <= 400 * seconds + 10)
        #expect(steps >= 400 * 0.5 * 0.6, "\(steps) steps in \(seconds) s at 400 steps/s")
    }

    @Test func thePaceFollowsTheStepsPerEpoch() throws {
        var state = try PlaygroundState(config: TrainingConfig())
        state.apply(.setPace(.epochsPerSecond(60)))
        #expect(state.pace == .epochsPerSecond(60))
        #expect(state.stepsPerSecond == 60 * state.trainer.stepsPerEpoch)
        var bigger = state.config
        bigger.batchSize = state.trainer.split.train.count  // one step an epoch
        state.apply(.configure(bigger))
        #expect(state.stepsPerSecond == 60)
        state.apply(.setPace(.epochsPerSecond(0)))
        #expect(state.lastRejection?.kind == "setPace")
        #expect(state.pace == .epochsPerSecond(60))
        state.apply(.setPace(.max))
        #expect(state.stepsPerSecond == nil)
    }

    @Test func anOldSetSpeedIsStillStepsPerSecond() throws {
        let old = try JSONDecoder().decode(Command.self, from: Data(#"{"kind":"setSpeed","stepsPerSecond":30}"#.utf8))
        #expect(old == .setSpeed(stepsPerSecond: 30))
        var state = try PlaygroundState(config: TrainingConfig())
        state.apply(old)
        #expect(state.pace == .stepsPerSecond(30) && state.stepsPerSecond == 30)
        state.apply(.setSpeed(stepsPerSecond: nil))
        #expect(state.pace == .max)
    }

    @Test func thePaceNeverChangesWhatIsComputed() throws {
        var paced = try PlaygroundState(config: TrainingConfig())
        var plain = paced
        for step in 0..<60 {
            if step % 7 == 0 {
                paced.apply([.setPace(.stepsPerSecond(1)), .setPace(.epochsPerSecond(60)), .setPace(.max),
                             .setSpeed(stepsPerSecond: 5)][step / 7 % 4])
            }
            paced.step()
            plain.step()
        }
        #expect(paced.trainer.network.parameters.map(\.bitPattern) == plain.trainer.network.parameters.map(\.bitPattern))
        #expect(paced.lossHistory == plain.lossHistory)
    }

    @Test func pacesReadAsTyped() throws {
        #expect(try Pace(parsing: "max") == .max)
        #expect(try Pace(parsing: "60") == .epochsPerSecond(60))
        #expect(try Pace(parsing: "30 epochs/s") == .epochsPerSecond(30))
        #expect(try Pace(parsing: "1step") == .stepsPerSecond(1))
        #expect(try Pace(parsing: "5Steps/s") == .stepsPerSecond(5))
        #expect(try Pace(parsing: Pace.watchable.text) == .watchable)
        for pace in [Pace.stepsPerSecond(1), .stepsPerSecond(5), .epochsPerSecond(1), .epochsPerSecond(2500), .max] {
            #expect(try Pace(parsing: pace.text) == pace)
        }
        for bad in ["", "fast", "0", "-5", "5x", "1.5", "5 seconds", "99999999999999999999", "200000"] {
            #expect(throws: InputError.self) { try Pace(parsing: bad) }
        }
    }
}
