import Foundation
import NNCore
import NNSession
import Testing

/// A recorded lesson session tells a teacher which steps' goals were met and when:
/// the goals travel as `watchGoal` commands, the steps as markers, and the replay
/// finds each goal met at the very step the live playground did.
@Suite struct SessionLessonGoalsTests {
    @Test func aReplayReportsEachStepsGoalAndWhenItWasMet() throws {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("lesson.session")
        var live = try PlaygroundState(config: TrainingConfig())
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: live))
        func send(_ command: Command) throws {
            try recorder.record(LoggedCommand(step: live.sessionStep, command: command))
            live.apply(command)
        }
        func trainUntilPaused() {
            while live.isPlaying && live.sessionStep < 50_000 { live.step() }
        }
        let reachable = LessonGoal(conditions: [.init(try GoalCondition.parse("test-loss < 0.3"), line: 0)],
                                   withinEpochs: 200)
        try recorder.marker("lesson demo step 1/2: reachable")
        try send(.watchGoal(reachable))
        try send(.play)
        trainUntilPaused()  // meeting the goal pauses training
        let met = try #require(live.goalMetAt)
        var config = live.config
        config.activation = .relu
        let setting = LessonGoal(conditions: [.init(try GoalCondition.parse("activation is sigmoid"), line: 0)])
        try recorder.marker("lesson demo step 2/2: unmet")
        try send(.restart(config))
        try send(.watchGoal(setting))
        try send(.run(epochs: 3))
        trainUntilPaused()
        try recorder.finish(state: live)

        let replay = try SessionReplayer(session: try SessionReader.read(path), path: path).run()
        #expect(replay.goals.map(\.label) == ["lesson demo step 1/2: reachable", "lesson demo step 2/2: unmet"])
        #expect(replay.goals.map(\.goal) == [reachable.text, setting.text])
        #expect(replay.goals[0].met == met)
        #expect(replay.goals[1].met == nil)
        #expect(replay.checkpointsVerified == 1)
    }
}
