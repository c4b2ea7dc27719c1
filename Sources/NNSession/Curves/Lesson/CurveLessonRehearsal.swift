import NNCore

/// A curve lesson step played headless, as `nnplay lesson check` does: the setup's
/// lines applied to the lab's defaults, then the solution's lines (each `run N` taking
/// N steps), the goal checked after every line and every step.
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

    /// The session step at which `goal` was first met while `solution` played on a lab
    /// from `settings` (0: met before any step), or nil when it never was.
    package static func play(settings: CurveLabSettings, solution: [CurveLessonLine],
                             goal: [CurveLabGoal]) -> (metAt: Int?, lab: CurveLab) {
        var lab = CurveLab(settings: settings)
        func met() -> Bool { !goal.isEmpty && goal.allSatisfy { $0.isMet(in: lab) } }
        if met() { return (0, lab) }
        for line in solution {
            switch line {
            case .lab: break
            case .command(let command): lab.apply(command)
            case .run(let n):
                for _ in 0..<n {
                    guard lab.step() else { break }
                    if met() { return (lab.sessionStep, lab) }
                }
            }
            if met() { return (lab.sessionStep, lab) }
        }
        return (nil, lab)
    }
}
