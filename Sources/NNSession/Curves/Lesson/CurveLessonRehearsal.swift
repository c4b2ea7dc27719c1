import NNCore

/// A curve lesson step played headless, as `nnplay lesson check` does: the setup's
/// lines applied to the lab's defaults, then the solution's lines (each `run N` taking
/// N steps), the goal judged by the lab after every line and every step.
package enum CurveLessonRehearsal {
    /// The settings a step's `setup` lines describe (from the lab's defaults), or why
    /// they cannot be.
    package static func settings(_ lines: [CurveLessonLine]) throws(InputError) -> CurveLabSettings {
        var settings = CurveLabSettings()
        for line in lines {
            switch line {
            case .lab: break
            case .command(let command):
                guard let next = settings.applying(command) else { throw InputError("a setup sets values only") }
                if let problem = next.problem { throw InputError(problem) }
                settings = next
            case .run: throw InputError("run belongs in a solution, not a setup")
            }
        }
        return settings
    }

    /// Gradient descent's updates (`CurveGoalMoment.steps`, the lesson's clock) when `goal`
    /// was first met while `solution` played on a lab from `settings` (0: met before any
    /// step), or nil when it never was. The goal is watched by the lab itself
    /// (`CurveLabCommand.watchGoal`), as on the lesson screen, so both judge alike.
    package static func play(settings: CurveLabSettings, solution: [CurveLessonLine],
                             goal: [CurveLabGoal]) -> (metAt: Int?, lab: CurveLab) {
        var lab = CurveLab(settings: settings)
        lab.apply(.watchGoal(goal))
        for line in solution where lab.goalMetAt == nil {
            switch line {
            case .lab: break
            case .command(let command): lab.apply(command)
            case .run(let n):
                for _ in 0..<n where lab.goalMetAt == nil {
                    guard lab.step() else { break }
                }
            }
        }
        return (lab.goalMetAt?.steps, lab)
    }
}
