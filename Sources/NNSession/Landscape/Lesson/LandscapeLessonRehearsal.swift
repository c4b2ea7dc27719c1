import NNCore

/// A landscape lesson step played headless, as `nnplay lesson check` does: the setup's
/// lines applied to a default lab, then the solution's lines (each `run N` stepping
/// the race N iterations), the goal checked after every iteration.
package enum LandscapeLessonRehearsal {
    /// The setup a step's `setup` lines describe (from the lab's defaults).
    package static func setup(_ lines: [LandscapeLessonLine]) throws(InputError) -> LandscapeLabSetup {
        var setup = LandscapeLabSetup()
        for line in lines {
            switch line {
            case .lab: break
            case .methods(let methods): setup.methods = methods
            case .commands(let commands):
                for command in commands where !setup.apply(command) {
                    if case .setFunction = command { continue }  // applied; it clears the start
                    if case .setPace = command { continue }
                    throw InputError("cannot apply \(command.kind) to this setup")
                }
            case .run: throw InputError("run belongs in a solution, not a setup")
            }
        }
        if let problem = setup.problem { throw InputError(problem) }
        return setup
    }

    /// The iteration at which `goal` was first met while `solution` played on a lab from
    /// `setup` (0: met before any iteration), or nil when it never was (an empty goal never is).
    package static func play(setup: LandscapeLabSetup, solution: [LandscapeLessonLine],
                             goal: [LandscapeGoal]) -> (metAt: Int?, state: LandscapeLabState) {
        var state = LandscapeLabState(setup)
        func met() -> Bool { !goal.isEmpty && goal.allSatisfy { $0.isMet(in: state) } }
        if met() { return (0, state) }
        for line in solution {
            switch line {
            case .lab: break
            case .commands(let commands): commands.forEach { state.apply($0) }
            case .methods(let methods):
                // As a student would: down to one method, add the first new one, drop the old, add the rest.
                while state.setup.methods.count > 1 { state.apply(.removeMethod(slot: 0)) }
                for (i, method) in methods.enumerated() {
                    state.apply(.addMethod(method))
                    if i == 0 { state.apply(.removeMethod(slot: 0)) }
                }
            case .run(let n):
                for _ in 0..<n {
                    state.step()
                    if met() { return (state.iteration, state) }
                }
            }
            if met() { return (state.iteration, state) }
        }
        return (nil, state)
    }
}
