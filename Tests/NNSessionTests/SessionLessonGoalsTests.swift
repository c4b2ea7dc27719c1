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

/// A lesson whose steps use several CSV files: the playground holds them all, a
/// restart switches between them, and a recording carries them so it replays anywhere.
@Suite struct SeveralCSVFilesTests {
    static func dataset(_ shift: Double, classes: Int) -> Dataset {
        let samples = (0..<60).map { i in
            Sample(x1: Double(i % 10) - 4.5 + shift, x2: Double(i / 10) - 2.5, label: Double(i % classes))
        }
        return Dataset(samples: samples, problem: .classification(classes: classes))
    }

    @Test func restartSwitchesToAnotherFileAndTheRecordingReplays() throws {
        var first = TrainingConfig()
        first.dataset = DatasetConfig(kind: nil, csvPath: "a.csv")
        first.output = .sigmoid
        var second = first
        second.dataset.csvPath = "b.csv"
        second.output = .softmax
        second.loss = .crossEntropy
        let a = Self.dataset(0, classes: 2), b = Self.dataset(0.5, classes: 3)
        var live = try PlaygroundState(config: first, csv: a, otherCSV: ["a.csv": a, "b.csv": b])
        let folder = try SessionTemporaryFolder()
        let path = folder.path("csv.session")
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: live))
        for command in [Command.run(epochs: 2), .restart(second), .run(epochs: 2)] {
            while live.isPlaying { live.step() }
            try recorder.record(LoggedCommand(step: live.sessionStep, command: command))
            live.apply(command)
        }
        while live.isPlaying { live.step() }
        #expect(live.lastRejection == nil)
        #expect(live.problem == .classification(classes: 3))
        let used = (live.trainer.split.train + live.trainer.split.test).map { [$0.x1, $0.x2, $0.label] }
        #expect(used.sorted { $0.lexicographicallyPrecedes($1) } == b.samples.map { [$0.x1, $0.x2, $0.label] }
            .sorted { $0.lexicographicallyPrecedes($1) })
        try recorder.finish(state: live)
        let replay = try SessionReplayer(session: try SessionReader.read(path), path: path).run()
        #expect(replay.checkpointsVerified == 1)
        #expect(replay.state.trainer.network.parameters == live.trainer.network.parameters)
    }
}
