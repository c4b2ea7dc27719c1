import Foundation
import NNCore
import NNSession
import Testing

/// The threaded engine applies commands at step boundaries and logs the step; the log
/// replayed synchronously reproduces its final parameters bit for bit, however the
/// sends were timed.
@Suite struct EngineReplayTests {
    /// Polls `condition` on `engine`'s snapshots (every millisecond, at most `limit`).
    private func wait(_ engine: Engine, limit: Duration = .seconds(5), until condition: (Snapshot) -> Bool) -> Snapshot {
        let clock = ContinuousClock(), deadline = clock.now + limit
        var snapshot = engine.latestSnapshot()
        while !condition(snapshot) && clock.now < deadline {
            Thread.sleep(forTimeInterval: 0.001)
            snapshot = engine.latestSnapshot()
        }
        return snapshot
    }

    @Test func stepsWhilePausedAreLoggedAtConsecutiveSteps() throws {
        let engine = Engine(state: try PlaygroundState(config: TrainingConfig()))
        defer { engine.stop() }
        for _ in 0..<3 { engine.send(.step) }
        let snapshot = wait(engine) { $0.sessionStep == 3 }
        #expect(snapshot.sessionStep == 3 && !snapshot.isPlaying)
        #expect(engine.commandLog() == (0..<3).map { LoggedCommand(step: $0, command: .step) })
    }

    @Test func theLogReplaysToTheEnginesParameters() throws {
        var config = TrainingConfig()
        config.dataset.count = 200
        let engine = Engine(state: try PlaygroundState(config: config))
        var generator = SystemRandomNumberGenerator()
        func pause() { Thread.sleep(forTimeInterval: Double.random(in: 0...0.003, using: &generator)) }

        var settings = config
        engine.send(.play)
        let commands: [(inout TrainingConfig) -> Command] = [  // each edits `settings` as the UI would
            { $0.optimizer.learningRate = 0.1; return .configure($0) },
            { _ in .addPoint(Sample(x1: 2, x2: -3, label: 1)) },
            { $0.hiddenLayers = [5, 3]; return .configure($0) },
            { _ in .pause },
            { _ in .step },
            { _ in .resetWeights },
            { _ in .play },
            { $0.optimizer = OptimizerConfig(kind: .rmsprop, learningRate: 0.01); return .configure($0) },
            { $0.batchSize = 16; return .configure($0) },
            { _ in .setSpeed(stepsPerSecond: 2000) },
            { $0.dataset.generation += 1; return .regenerateData },
            { _ in .setSpeed(stepsPerSecond: nil) },
            { $0.features = [.x1, .x2, .x1TimesX2]; return .configure($0) },
            { $0.regularization.l2 = 0.001; return .configure($0) },
        ]
        for make in commands {
            pause()
            engine.send(make(&settings))
        }
        pause()
        engine.stop()
        let final = engine.latestSnapshot()
        let log = engine.commandLog()
        #expect(log.count == commands.count + 1)
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.step <= $1.step })
        #expect(final.config == settings)
        #expect(final.sessionStep >= log.last!.step)

        var replayed = engine.initialState
        try replayed.replay(log, until: final.sessionStep)
        #expect(replayed.trainer.network.parameters.map(\.bitPattern) == final.network.parameters.map(\.bitPattern))
        #expect(replayed.version == final.version)
        #expect(replayed.lossHistory == final.lossHistory)
        #expect(replayed.trainer.split.train == final.trainSamples)
    }

    @Test func aSpeedCapIsNeverExceeded() throws {
        let engine = Engine(state: try PlaygroundState(config: TrainingConfig()))
        defer { engine.stop() }
        engine.send(.setSpeed(stepsPerSecond: 100))
        let start = ContinuousClock.now
        engine.send(.play)
        Thread.sleep(forTimeInterval: 0.15)
        let steps = engine.latestSnapshot().sessionStep
        let elapsed = ContinuousClock.now - start
        #expect(steps >= 1)
        #expect(Double(steps) <= 100 * Double(elapsed.components.seconds) + 100 * Double(elapsed.components.attoseconds) / 1e18 + 1)
    }
}
