import NNCore
@testable import NNSession
import Testing

@Suite struct LessonCheckerTests {
    let checker = LessonChecker(datasets: LessonFixtures.datasets, epochBudget: 100)

    @Test func theREADMEExamplePasses() throws {
        #expect(checker.check(try LessonParser.read(LessonFixtures.path("valid.md"))).isEmpty)
    }

    @Test func aGoalMetAtSetupIsReported() throws {
        let problems = checker.check(try LessonParser.read(LessonFixtures.path("met-at-setup.md")))
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.line == 15)
        #expect(problem.message.contains("already met during its automatic run"))
    }

    @Test func anUnreachableGoalIsReported() throws {
        let problems = checker.check(try LessonParser.read(LessonFixtures.path("unreachable.md")))
        let problem = try #require(problems.first)
        #expect(problem.line == 21)
        #expect(problem.message.contains("does not reach the goal"))
        #expect(problem.message.contains("test-accuracy"))
    }

    @Test func aSolutionMayNotTouchALockedControl() throws {
        let lesson = try LessonFixtures.lesson("""
            ## S
            ```setup
            dataset: xor
            hidden: none
            lock: hidden
            ```
            ```goal
            test-accuracy >= 90%
            ```
            ```hint
            h
            ```
            ```solution
            hidden: 4
            ```
            """)
        let problem = try #require(checker.check(lesson).first)
        #expect(problem.message.contains("which this step locks"))
        #expect(problem.line == 18)
    }

    @Test func aGoalNeedsAHintAndASetupMustBeValid() throws {
        let noHint = try LessonFixtures.lesson("## S\n```goal\nepoch >= 1\n```\n```solution\nrun 1\n```\n")
        #expect(checker.check(noHint).first?.message.contains("no ```hint") == true)
        let badSetup = try LessonFixtures.lesson("## S\n```setup\nnoise: 3\n```\n")
        let problem = try #require(checker.check(badSetup).first)
        #expect(problem.line == 6 && problem.message.contains("--noise"))
    }

    @Test func duplicateIDsAreReported() throws {
        let a = try LessonFixtures.lesson("## S\n", id: "same")
        let b = try LessonFixtures.lesson("## T\n", id: "same")
        #expect(LessonChecker.duplicateIDs([a, b]).count == 1)
    }

    @Test func aSolutionCanReachDivergence() throws {
        let lesson = try LessonFixtures.lesson("""
            ## S
            ```setup
            dataset: circle
            hidden: 8
            activation: relu
            ```
            ```goal
            diverged
            ```
            ```hint
            h
            ```
            ```solution
            lr: 1000
            ```
            """)
        #expect(checker.check(lesson).isEmpty)
    }
}
