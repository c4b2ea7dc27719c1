import Foundation
import NNCore
import Testing
@testable import NNSession

/// A landscape lesson's step entered on a running lab by commands, its goal judged by
/// the lab's state (`watchGoal`) as the checker's rehearsal judges it, and the
/// markers a lesson writes into a recording.
@Suite struct LandscapeLessonEntryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func lesson(_ name: String = "20-optimizers-on-a-landscape.md") throws -> (Lesson, LandscapeLesson) {
        let lesson = try LessonParser.read(root.appendingPathComponent("lessons/\(name)").path)
        return (lesson, try #require(lesson.landscape))
    }

    /// Plays `solution` on `state` as `LandscapeLessonRehearsal` does (methods lines aside).
    static func play(_ solution: [LandscapeLessonLine], on state: inout LandscapeLabState) {
        for line in solution {
            switch line {
            case .commands(let commands): commands.forEach { state.apply($0) }
            case .run(let n): for _ in 0..<n { state.step() }
            case .lab, .methods: Issue.record("unexpected line \(line)")
            }
        }
    }

    @Test(arguments: ["20-optimizers-on-a-landscape.md", "21-newton-and-curvature.md"])
    func everyStepEnteredFromAnotherGivesItsSetupAndTheCheckersMoment(name: String) throws {
        let (lesson, lab) = try Self.lesson(name)
        let setups = try lab.resolvedSetups()
        #expect(lesson.steps.indices.allSatisfy { lesson.hasGoal(step: $0) == (lab.steps[$0].goal != nil) })
        for (index, target) in setups.enumerated() {
            // From another step's lab (the last one's for the first), after a few iterations.
            var state = LandscapeLabState(setups[(index + setups.count - 1) % setups.count])
            for _ in 0..<7 { state.step() }
            state.apply(.play)
            for command in LandscapeLesson.entryCommands(from: state.setup, to: target) { state.apply(command) }
            state.apply(.watchGoal(lab.steps[index].goal))
            let fresh = LandscapeLabState(target)
            #expect(state.setup == fresh.setup, "step \(index + 1)")
            #expect(state.iteration == 0 && !state.isPlaying && state.start == fresh.start)
            guard let goal = lab.steps[index].goal else { continue }
            #expect(state.goalMetAt == nil, "step \(index + 1)'s goal is not met at its start")
            let rehearsal = LandscapeLessonRehearsal.play(setup: target, solution: lab.steps[index].solution, goal: goal)
            let metAt = try #require(rehearsal.metAt)
            Self.play(lab.steps[index].solution, on: &state)
            #expect(state.goalMetAt?.iteration == metAt, "step \(index + 1): the engine's judge and the checker agree")
        }
    }

    @Test func aWatchedGoalSurvivesTheSessionFileAndItsMarkers() throws {
        let goal = [try LandscapeGoal.parse("momentum: reached-at <= 80"), try LandscapeGoal.parse("loss < 0.000123456789")]
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-lesson-\(getpid()).session").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let recorder = try LandscapeLabRecorder(path: path, setup: LandscapeLabSetup(), terminal: nil)
        try recorder.marker("lesson x step 1/2: A", step: 0)
        try recorder.command(LandscapeLabLoggedCommand(step: 0, command: .watchGoal(goal)))
        try recorder.command(LandscapeLabLoggedCommand(step: 3, command: .watchGoal(nil)))
        try recorder.marker("answer step 1/2: b", step: 5)
        try recorder.finish(steps: 5, fingerprint: LandscapeLabState(LandscapeLabSetup()).fingerprint)
        let session = try LandscapeLabSessionReader.read(path)
        #expect(session.commands.map(\.command) == [.watchGoal(goal), .watchGoal(nil)])
        #expect(session.markers == [LandscapeSessionMarker(step: 0, label: "lesson x step 1/2: A"),
                                    LandscapeSessionMarker(step: 5, label: "answer step 1/2: b")])
    }
}
