import NNCore
import NNSession
import Testing
@testable import NNTUI

/// A `show: after-goal` question in the app: hidden, with no answer keys, until the
/// goal is met; a golden frame of the pane while it waits.
@Suite struct LessonQuestionTimingModeTests {
    /// The fixture lesson of `LessonModeTests`, its question shown after the goal.
    static func opened() throws -> (AppState, PlaygroundState) {
        let text = LessonModeTests.lessonText.replacingOccurrences(of: "```question\n", with: "```question\nshow: after-goal\n")
        let lesson = try LessonParser.parse(text, path: "two-steps.md")
        #expect(lesson.steps[0].question?.timing == .afterGoal)
        let data = LessonData(datasets: nil, lessonFolder: nil)
        let setups = try lesson.steps.indices.map { index throws(InputError) in
            LessonMode.StepSetup(try lesson.resolvedSetup(ofStep: index, data: data))
        }
        var state = AppState(config: setups[0].config)
        state.lesson = LessonMode(session: LessonSession(lesson: lesson), setups: setups)
        return (state, try PlaygroundState(config: setups[0].config))
    }

    @Test func theQuestionWaitsForTheGoal() throws {
        var (state, playground) = try Self.opened()
        let pane = try #require(state.lesson?.paneModel)
        #expect(pane.question == nil && pane.questionPending)

        // `a` answers nothing yet, and the letter after it is the playground's again.
        let (refused, _) = AppFixture.press([.character("a")], on: state)
        #expect(refused.lesson?.panel == .step)
        #expect(refused.message == "the question opens once the goal is met")
        let (toggled, _) = AppFixture.press([.character("a"), .character("d")], on: state)
        #expect(toggled.discretize)
        #expect(toggled.lesson?.session.answer == nil)

        LessonModeTests.run(state.lesson!.startCommands, on: &playground)
        state.config.optimizer.learningRate = 0.1
        LessonModeTests.run([.configure(state.config), .resetWeights, .play], on: &playground)
        state.observeLesson(playground.snapshot())
        #expect(state.lesson?.session.isGoalMet == true)
        #expect(state.message?.contains("a answers the question, press n for the next step") == true)
        let open = try #require(state.lesson?.paneModel)
        #expect(open.question?.prompt == "What did a tiny learning rate do?" && !open.questionPending)
        let (answered, _) = AppFixture.press([.character("a"), .character("b")], on: state)
        #expect(answered.message == "✔ right")
        #expect(answered.lesson?.session.answer == 1)
    }

    @Test func thePaneSaysAQuestionFollows() throws {
        let (state, playground) = try Self.opened()
        let size = Size(width: 120, height: 40)
        var backend = MemoryBackend(size: size, tier: .monochrome)
        backend.present(AppFixture.frame(state, snapshot: playground.snapshot(), size: size, tier: .monochrome).canvas)
        #expect(backend.dump.contains("? a question opens once the goal is met"))
        #expect(!backend.dump.contains("What did a tiny learning rate do?"))
        GoldenFile.check(backend.dump, named: "lesson-question-after-goal-120x40-mono")
    }
}
