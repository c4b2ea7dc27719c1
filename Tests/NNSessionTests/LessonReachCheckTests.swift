import NNCore
@testable import NNSession
import Testing

/// `nnplay lesson check` refuses a step that sets, in its setup or its solution, a
/// setting the student cannot see or change on the screen (`Setting.isReachable`).
@Suite struct LessonReachCheckTests {
    let checker = LessonChecker(datasets: LessonFixtures.datasets, epochBudget: 50)

    /// A one-step lesson on the circle; the body's first line is line 5 of the file.
    func step(setup: String, solution: String, lessonSetup: String = "") throws -> Lesson {
        let intro = lessonSetup.isEmpty ? "" : "```setup\n\(lessonSetup)\n```\n"
        return try LessonFixtures.lesson(intro + """
            ## S
            ```setup
            \(setup)
            ```
            ```goal
            test-accuracy >= 80%
            ```
            ```hint
            h
            ```
            ```solution
            \(solution)
            ```
            """)
    }

    func problems(_ lesson: Lesson) -> [InputError] {
        checker.check(lesson).filter { $0.message.contains("cannot see or change") }
    }

    @Test func aSetupMayNotTurnOnAHiddenSetting() throws {
        // Adam's eps has no row: a student would never learn why Adam behaves oddly.
        let lesson = try step(setup: "dataset: circle\nhidden: 4\noptimizer: adam\neps: 0.5", solution: "run 20")
        let problem = try #require(problems(lesson).first)
        #expect(problem.line == 10)
        #expect(problem.message.contains("the setup sets 'eps'"))
    }

    @Test func aSolutionMayOnlyChangeWhatThePanelShows() throws {
        let momentumUnderAdam = try step(setup: "dataset: circle\nhidden: 4\noptimizer: adam", solution: "momentum: 0.5\nrun 20")
        let problem = try #require(problems(momentumUnderAdam).first)
        #expect(problem.line == 18)
        #expect(problem.message.contains("the solution sets 'momentum'"))
        // The panel offers one regularization at a time: L1 on top of L2 is out of reach.
        let mixed = try step(setup: "dataset: circle\nhidden: 4\nregularization: l2 0.001", solution: "l1: 0.001\nrun 20")
        #expect(problems(mixed).first?.message.contains("'l1'") == true)
        let nesterovFlag = try step(setup: "dataset: circle\nhidden: 4\noptimizer: momentum", solution: "nesterov: yes")
        #expect(problems(nesterovFlag).first?.message.contains("'nesterov'") == true)
    }

    @Test func rowsKeysAndRowsThatSetOthersAreReachable() throws {
        // Switching to SGD shows its momentum row; the threshold has keys; L2 is the
        // regularization row's choice; the output row takes a loss.
        let lesson = try step(setup: "dataset: circle\nhidden: 4\noptimizer: adam",
                              solution: "optimizer: sgd\nmomentum: 0.5\nthreshold: 0.45\nl2: 0.001\nloss: mse\nrun 30")
        #expect(problems(lesson).isEmpty)
    }

    @Test func aLessonSetupLineWithoutEffectOnTheStepPasses() throws {
        // `classes` has a row only for blobs; on the circle it changes nothing.
        let harmless = try step(setup: "dataset: circle\nhidden: 4", solution: "run 20", lessonSetup: "classes: 3")
        #expect(problems(harmless).isEmpty)
        let hidden = try step(setup: "dataset: circle\nhidden: 4", solution: "run 20", lessonSetup: "min-delta: 0.1")
        let problem = try #require(problems(hidden).first)
        #expect(problem.line == 6)
        #expect(problem.message.contains("the lesson's setup sets 'min-delta'"))
    }
}
