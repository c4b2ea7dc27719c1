import Foundation
import NNCore
import Testing
@testable import NNSession

/// Curve lessons (`lab: curves`): read in the lab's words, checked headless.
@Suite struct CurveLessonTests {
    static func text(setup: String = "degree: 1", goal: String = "validation-error < 0.1",
                     solution: String = "degree: 3") -> String {
        """
        ---
        id: curve-test
        title: A curve test
        ---

        Intro.

        ```setup
        lab: curves
        target: sin
        seed: 1
        ```

        ## One step

        ```setup
        \(setup)
        ```

        ```goal
        \(goal)
        ```

        ```hint
        Raise the degree.
        ```

        ```solution
        \(solution)
        ```
        """
    }

    static func check(_ text: String) throws -> (problems: [String], notes: [String]) {
        let lesson = try LessonParser.parse(text, path: "c.md")
        let (problems, notes) = LessonChecker(datasets: nil).checkReporting(lesson)
        return (problems.map(\.description), notes)
    }

    @Test func aCurveLessonIsReadInTheLabsWordsAndChecked() throws {
        let lesson = try LessonParser.parse(Self.text(), path: "c.md")
        let lab = try #require(lesson.curves)
        #expect(lab.setup == [.lab, .command(.setTarget(.sin)), .command(.setSeed(1))])
        #expect(lab.steps[0].goal == [CurveLabGoal(metric: .validationError, comparison: .less, target: 0.1)])
        #expect(try lab.settings(ofStep: 0).degree == 1)
        let (problems, notes) = try Self.check(Self.text())
        #expect(problems.isEmpty)
        #expect(notes == ["step 1 'One step': met at step 0: validation-error 0.0914"])
    }

    @Test func theCheckerFindsWhatIsWrong() throws {
        #expect(try Self.check(Self.text(solution: "degree: 2")).problems ==
            ["c.md:28: step 1 'One step': the reference solution does not reach the goal 'validation-error < 0.1' (validation-error 0.243)"])
        #expect(try Self.check(Self.text(setup: "degree: 3")).problems ==
            ["c.md:20: step 1 'One step': the goal 'validation-error < 0.1' is already met right after its setup"])
        #expect(try Self.check(Self.text().replacingOccurrences(of: "```hint\nRaise the degree.\n```", with: "")).problems.first?.contains("has a goal but no ```hint") == true)
        #expect(try Self.check(Self.text(setup: "degree: 16")).problems == ["c.md:16: degree must be 0 to 15"])
    }

    @Test func badLinesAreRefusedWithTheirLine() {
        #expect(throws: InputError("unknown curve-lab key 'epochs' (lab, target, noise, points, seed, degree, l2, optimizer, lr, hidden, activation; run N in a solution)", path: "c.md", line: 17)) {
            try LessonParser.parse(Self.text(setup: "epochs: 3"), path: "c.md")
        }
        #expect(throws: InputError.self) { try LessonParser.parse(Self.text(goal: "test-loss < 0.1"), path: "c.md") }
        #expect(throws: InputError.self) { try LessonParser.parse(Self.text(setup: "run 10"), path: "c.md") }
        #expect(throws: InputError.self) { try LessonParser.parse(Self.text(solution: "target: cosine"), path: "c.md") }
    }
}
