import Foundation
import NNCore
import Testing
@testable import NNSession

/// A curve lesson on screen starts each step with commands (`CurveLesson.entryCommands`)
/// on whatever lab the student left, and the lab judges the goal (`watchGoal`): both must
/// give exactly what `nnplay lesson check` computes from a fresh lab.
@Suite struct CurveLessonEntryTests {
    static func shipped(_ name: String) throws -> (Lesson, CurveLesson) {
        let lesson = try LessonParser.read(LessonFixtures.packageRoot.appendingPathComponent("lessons/\(name)").path)
        return (lesson, try #require(lesson.curves))
    }

    /// A lab far from any lesson step: another target, data, degree, optimizer, network, stepped.
    static func elsewhere() -> CurveLab {
        var lab = CurveLab(settings: CurveLabSettings(target: .runge, noise: 0.05, points: 200, seed: 9, degree: 7,
                                                      l2: 1e-3, optimizer: OptimizerConfig(kind: .adam, learningRate: 0.003),
                                                      hidden: [4, 4], activation: .relu))
        lab.apply(.play)
        for _ in 0..<250 { lab.step() }
        return lab
    }

    @Test(arguments: ["26-curves-degree.md", "27-ridge-vs-gd.md"])
    func enteringAStepOnAnyLabMeetsTheGoalWhereTheCheckerDoes(_ name: String) throws {
        let (lesson, lab) = try Self.shipped(name)
        let settings = try lab.resolvedSettings(lesson)
        for (index, step) in lab.steps.enumerated() {
            let goal = try #require(step.goal)
            let checked = CurveLessonRehearsal.play(settings: settings[index], solution: step.solution, goal: goal)
            let metAt = try #require(checked.metAt, "step \(index + 1) is met by the checker")

            var live = Self.elsewhere()
            for command in CurveLesson.entryCommands(to: settings[index]) + [.watchGoal(goal)] { live.apply(command) }
            let fresh = CurveLab(settings: settings[index])
            #expect(live.settings == fresh.settings && live.stateHash == fresh.stateHash, "step \(index + 1) starts fresh")
            #expect(live.goalMetAt == nil, "not met right after the setup")
            let start = live.sessionStep
            for line in step.solution where live.goalMetAt == nil {
                switch line {
                case .lab: break
                case .command(let command): live.apply(command)
                case .run(let n): for _ in 0..<n where live.goalMetAt == nil { live.step() }
                }
            }
            let moment = try #require(live.goalMetAt)
            #expect(moment.steps == metAt, "step \(index + 1): met at the checker's step")
            #expect(moment.sessionStep - start == metAt)
        }
    }

    @Test func aGoalIsJudgedAfterEveryCommandAndStepAndForgottenWhenAnotherIsWatched() {
        var lab = CurveLab(settings: CurveLabSettings(target: .sin, seed: 1, degree: 1))
        let goal = [CurveLabGoal(metric: .validationError, comparison: .less, target: 0.1)]
        lab.apply(.watchGoal(goal))
        #expect(lab.goalMetAt == nil && lab.watchedGoalValues.count == 1)
        lab.apply(.setDegree(3))
        #expect(lab.goalMetAt == CurveGoalMoment(steps: 0, sessionStep: 0))
        lab.apply(.setDegree(1))
        #expect(lab.goalMetAt != nil, "once met, a goal stays met")
        lab.apply(.watchGoal([CurveLabGoal(metric: .steps, comparison: .greaterOrEqual, target: 3)]))
        #expect(lab.goalMetAt == nil)
        for _ in 0..<2 { lab.step() }
        #expect(lab.goalMetAt == nil)
        lab.step()
        #expect(lab.goalMetAt == CurveGoalMoment(steps: 3, sessionStep: 3))
        lab.apply(.watchGoal(nil))
        #expect(lab.goalMetAt == nil && lab.watchedGoalValues.isEmpty)
    }

    /// `steps` counts descent's updates since it last started from β = 0: `r` starts it again.
    @Test func stepsCountFromTheLastRestartOfDescent() {
        var lab = CurveLab(settings: CurveLabSettings())
        let steps = CurveLabGoal(metric: .steps, comparison: .less, target: 1e9)
        for _ in 0..<5 { lab.step() }
        #expect(steps.value(in: lab) == 5)
        lab.apply(.reset)
        lab.step()
        #expect(steps.value(in: lab) == 1 && lab.sessionStep == 6)
    }
}
