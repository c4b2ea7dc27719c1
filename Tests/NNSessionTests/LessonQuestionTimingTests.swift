import NNCore
@testable import NNSession
import Testing

/// `show: after-goal` questions: parsed with their line on a bad value, hidden (and
/// unanswerable) until the step's goal is met.
@Suite struct LessonQuestionTimingTests {
    static let step = """
        ## Train
        ```setup
        dataset: gauss
        hidden: none
        lr: 0.1
        ```
        ```goal
        test-accuracy >= 95%
        ```
        ```hint
        train
        ```
        ```solution
        run 20
        ```
        """

    static func question(_ show: String) -> String {
        "```question\n\(show)Did it work?\n- [x] yes\n  > right\n- [ ] no\n  > look again\n```\n"
    }

    @Test func theTimingDefaultsToBeforeTheRun() throws {
        let lesson = try LessonFixtures.lesson(Self.step + "\n" + Self.question(""))
        #expect(lesson.steps[0].question?.timing == .beforeRun)
        let explicit = try LessonFixtures.lesson(Self.step + "\n" + Self.question("show: before-run\n"))
        #expect(explicit.steps[0].question?.timing == .beforeRun)
        #expect(explicit.steps[0].question?.prompt == "Did it work?")
    }

    @Test func afterGoalIsReadFromTheFirstLine() throws {
        let lesson = try LessonFixtures.lesson(Self.step + "\n" + Self.question("\nShow:  After-Goal\n"))
        let question = try #require(lesson.steps[0].question)
        #expect(question.timing == .afterGoal)
        #expect(question.prompt == "Did it work?")
    }

    @Test(arguments: [
        ("show: later\n", "not a timing"),
        ("Why?\nshow: after-goal\n", "first line"),
        ("show: after-goal\nshow: after-goal\n", "first line"),
    ])
    func badTimingsAreRefusedWithTheirLine(show: String, message: String) throws {
        let text = "---\nid: a\ntitle: T\n---\n" + Self.step + "\n" + Self.question(show)
        let error = try #require(LessonFixtures.parseError(text))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let expected = try #require(lines.lastIndex { $0.lowercased().hasPrefix("show:") }) + 1
        #expect(error.path == "bad.md")
        #expect(error.line == expected, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func afterGoalNeedsAGoal() throws {
        let text = "---\nid: a\ntitle: T\n---\n## Read\n" + Self.question("show: after-goal\n")
        let error = try #require(LessonFixtures.parseError(text))
        #expect(error.line == 6, "\(error)")
        #expect(error.message.contains("needs a ```goal"), "\(error)")
    }

    @Test func anAfterGoalQuestionOpensOnceTheGoalIsMet() throws {
        let lesson = try LessonFixtures.lesson(Self.step + "\n" + Self.question("show: after-goal\n"))
        var session = LessonSession(lesson: lesson)
        #expect(session.visibleQuestion == nil)
        #expect(session.hasPendingQuestion)
        let early = session.answer(0)
        #expect(early == nil)
        #expect(session.answer == nil)

        var state = try session.setup(data: LessonData(datasets: nil)).makeState()
        for _ in 0..<20 { state.trainEpoch() }
        let met = session.observe(LessonObservation(state: state))
        #expect(met)
        #expect(session.visibleQuestion?.prompt == "Did it work?")
        #expect(!session.hasPendingQuestion)
        let picked = session.answer(0)
        #expect(picked?.isCorrect == true)
        #expect(session.answer == 0)
    }

    @Test func aBeforeRunQuestionIsShownAtOnce() throws {
        let lesson = try LessonFixtures.lesson(Self.step + "\n" + Self.question(""))
        var session = LessonSession(lesson: lesson)
        #expect(session.visibleQuestion != nil)
        #expect(!session.hasPendingQuestion)
        let picked = session.answer(1)
        #expect(picked?.feedback == "look again")
    }
}
