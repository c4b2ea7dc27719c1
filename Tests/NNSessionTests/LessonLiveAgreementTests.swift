import Foundation
import NNCore
@testable import NNSession
import Testing

/// For every step of every shipped lesson, the live engine (its own thread, as the
/// playground runs it) driven with the step's reference solution meets the goal at
/// the very step and epoch that `nnplay lesson check` reports. (Lesson `learning-rate`
/// step 3 once passed the checker and stayed unmet live.)
@Suite struct LessonLiveAgreementTests {
    /// An `Engine` driven like a headless playground: every command waits until the
    /// engine has applied it, every run until the engine has paused.
    final class EngineDriver: RehearsalPlayground {
        let engine: Engine
        private var sent = 0

        init(_ state: PlaygroundState) { engine = Engine(state: state) }
        deinit { engine.stop() }

        private var snapshot: Snapshot { engine.latestSnapshot() }
        var config: TrainingConfig { snapshot.config }
        var goalMetAt: GoalMoment? { snapshot.goalMetAt }
        var lastRejection: CommandRejection? { snapshot.lastRejection }
        var divergedAtStep: Int? { snapshot.divergedAtStep }
        var epochs: Int { snapshot.epoch }
        var goalEvaluation: LessonGoal.Evaluation? { snapshot.goalEvaluation }

        func apply(_ command: Command) {
            engine.send(command)
            sent += 1
            wait { $0.engine.commandLog().count >= $0.sent }
        }

        func trainUntilPaused() {
            wait { !$0.engine.latestSnapshot().isPlaying }
        }

        private func wait(until done: (EngineDriver) -> Bool) {
            let deadline = Date().addingTimeInterval(60)
            while !done(self) && Date() < deadline { Thread.sleep(forTimeInterval: 0.0005) }
        }
    }

    static func shippedSteps() throws -> [(path: String, step: Int)] {
        let folder = LessonFixtures.packageRoot.appendingPathComponent("lessons")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        var steps: [(String, Int)] = []
        for name in names {
            let path = folder.appendingPathComponent(name).path
            let lesson = try LessonParser.read(path)
            if lesson.lab == .race { continue }  // rehearsed on a race (RaceLessonTests), not a playground
            for index in lesson.steps.indices where lesson.steps[index].goal != nil && lesson.steps[index].solution != nil {
                steps.append((path, index))
            }
        }
        return steps
    }

    @Test func theLiveEngineMeetsEachGoalWhereTheCheckerDoes() throws {
        let steps = try LessonLiveAgreementTests.shippedSteps()
        #expect(steps.count >= 40)
        for (path, index) in steps {
            let lesson = try LessonParser.read(path)
            let data = LessonData(datasets: LessonFixtures.datasets, lessonFolder: (path as NSString).deletingLastPathComponent)
            let rehearsal = try LessonRehearsal(lesson: lesson, stepIndex: index, data: data)
            let step = lesson.steps[index]
            let goal = try #require(step.goal), solution = try #require(step.solution)
            let locked = rehearsal.setup.lockedControls
            let name = "\(lesson.id) step \(index + 1)"

            var headless = try rehearsal.startState()
            #expect(rehearsal.enter(&headless, goal: goal) == nil, "\(name)")
            let checked = try rehearsal.play(solution, goal: goal, on: &headless, locked: locked)

            var live = EngineDriver(try rehearsal.startState())
            #expect(rehearsal.enter(&live, goal: goal) == nil, "\(name)")
            let played = try rehearsal.play(solution, goal: goal, on: &live, locked: locked)

            guard case .met(let moment) = checked else {
                Issue.record("\(name): the checker does not meet the goal")
                continue
            }
            #expect(played == .met(moment), "\(name): checker \(moment), live \(played)")
        }
    }
}
