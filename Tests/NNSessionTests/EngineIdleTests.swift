import Foundation
import NNCore
@testable import NNSession
import Testing

/// A paused engine idles (its step counter stands still), and stopping is clean.
@Suite struct EngineIdleTests {
    @Test func aPausedEngineDoesNotStep() throws {
        let engine = Engine(state: try PlaygroundState(config: TrainingConfig()))
        defer { engine.stop() }
        engine.send(.play)
        let playing = engine.waitForSnapshot { $0.sessionStep > 100 }
        #expect(playing.isPlaying)
        engine.send(.pause)
        let paused = engine.waitForSnapshot { !$0.isPlaying }
        #expect(!paused.isPlaying && paused.epochsPerSecond == 0)
        Thread.sleep(forTimeInterval: 0.2)
        let later = engine.latestSnapshot()
        #expect(later.sessionStep == paused.sessionStep)
        #expect(later.version == paused.version)
        #expect(engine.commandLog().map(\.command) == [.play, .pause])
    }

    @Test func aPausedSnapshotHasExactFigures() throws {
        let engine = Engine(state: try PlaygroundState(config: TrainingConfig()))
        defer { engine.stop() }
        engine.send(.play)
        _ = engine.waitForSnapshot { $0.sessionStep > 500 }
        engine.send(.pause)
        let paused = engine.waitForSnapshot { !$0.isPlaying }
        #expect(paused.metrics.sessionStep == paused.sessionStep)
    }

    @Test func stopIsFinalAndIdempotent() throws {
        let engine = Engine(state: try PlaygroundState(config: TrainingConfig()))
        engine.send(.play)
        _ = engine.waitForSnapshot { $0.sessionStep > 0 }
        engine.stop()
        engine.stop()
        #expect(engine.isStopped)
        let final = engine.latestSnapshot()
        engine.send(.step)
        Thread.sleep(forTimeInterval: 0.01)
        #expect(engine.latestSnapshot().version == final.version)
        #expect(engine.commandLog(from: 0) == engine.commandLog())
        #expect(engine.commandLog(from: 1).isEmpty)
    }

    @Test func droppingAPlayingEngineEndsItsThread() throws {
        var engine: Engine? = Engine(state: try PlaygroundState(config: TrainingConfig()))
        weak let core = engine?.core
        engine?.send(.play)
        Thread.sleep(forTimeInterval: 0.01)
        engine = nil
        // The thread held the core until it returned: once it is gone, so is the thread.
        let deadline = ContinuousClock.now + .seconds(5)
        while core != nil && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.001) }
        #expect(core == nil)
    }
}
