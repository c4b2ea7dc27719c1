import Foundation
import NNCore
import NNSession
import Testing

/// A watched `diverged` goal is met at the step that diverges, which is usually in the
/// middle of an epoch that then never ends (lesson `learning-rate`, step 3, was stuck
/// because goals were judged only at the end of an epoch).
@Suite struct PlaygroundDivergedGoalTests {
    /// Linear units at a learning rate of 10 on the tilted plane overflow within a few
    /// steps, long before the first epoch ends.
    static func divergingConfig() -> TrainingConfig {
        var config = TrainingConfig()
        config.dataset = DatasetConfig(kind: .regPlane)
        config.activation = .linear
        config.output = .linear
        config.loss = .meanSquaredError
        config.optimizer.learningRate = 10
        return config
    }

    static let goal = LessonGoal(conditions: [LessonGoal.Line(.diverged(true), line: 1)])

    @Test func theGoalIsMetAtTheDivergingStep() throws {
        var state = try PlaygroundState(config: PlaygroundDivergedGoalTests.divergingConfig())
        state.apply(.watchGoal(PlaygroundDivergedGoalTests.goal))
        state.apply(.play)
        var steps = 0
        while state.isPlaying && steps < 100_000 {
            state.step()
            steps += 1
        }
        let (divergedAt, metAt, epochs) = (state.trainer.divergedAtStep, state.goalMetAt, state.trainer.epochs)
        let stepsPerEpoch = state.trainer.stepsPerEpoch, isMet = state.goalEvaluation?.isMet
        let diverged = try #require(divergedAt)
        #expect(diverged % stepsPerEpoch != 0, "this run diverges mid-epoch, the case that was stuck")
        let met = try #require(metAt)
        #expect(met.sessionStep == diverged && met.epoch == epochs)
        #expect(isMet == true)
    }

    /// The same through the engine's thread, as the live playground runs it.
    @Test func theEngineReportsTheGoalMet() throws {
        let engine = Engine(state: try PlaygroundState(config: PlaygroundDivergedGoalTests.divergingConfig()))
        engine.send(.watchGoal(PlaygroundDivergedGoalTests.goal))
        engine.send(.play)
        let deadline = Date().addingTimeInterval(10)
        while engine.latestSnapshot().goalMetAt == nil && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        engine.stop()
        let snapshot = engine.latestSnapshot()
        #expect(snapshot.goalMetAt?.sessionStep == snapshot.divergedAtStep)
        #expect(!snapshot.isPlaying)
    }
}
