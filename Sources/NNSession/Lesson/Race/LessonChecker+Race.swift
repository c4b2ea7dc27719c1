import NNCore

/// `nnplay lesson check` for a race lesson (`lab: race`): the playground's checks on
/// the base setup, then the step rehearsed on a `RaceState` (`RaceLessonRehearsal`).
extension LessonChecker {
    /// The first problem of race step `index`, thrown; without one, where each variant
    /// stood when the goal was met: `step 2 'Adam': met at epoch 12: optimizer=sgd:
    /// test-accuracy 71% at epoch 12, no goal; optimizer=adam: test-accuracy 96% met at epoch 12`.
    func checkRaceStep(_ index: Int, of lesson: Lesson, goal: LessonGoal, solution: LessonSolution,
                       data: LessonData) throws(InputError) -> String {
        let name = "step \(index + 1) '\(lesson.steps[index].title)'"
        let rehearsal = try RaceLessonRehearsal(lesson: lesson, stepIndex: index, data: data, epochBudget: epochBudget)
        try checkReach(ofStep: index, of: lesson, setup: rehearsal.setup, data: data)
        var race = try rehearsal.startState()
        if let met = rehearsal.enter(&race, goal: goal) {
            let when = met.sessionStep == 0 ? "right after its setup" : "during its automatic run (epoch \(met.epoch))"
            throw lesson.error("\(name): the goal '\(goal.text(in: lesson))' is already met \(when)", line: goal.line)
        }
        switch try rehearsal.play(solution, goal: goal, on: &race, locked: rehearsal.setup.lockedControls) {
        case .missed(let standings):
            throw lesson.error("\(name): the reference solution does not reach the goal '\(goal.text(in: lesson))' (\(standings))",
                               line: solution.line)
        case .met(let moment):
            return "\(name): met at epoch \(moment.epoch): " + RaceLessonRehearsal.standings(race, goal: goal)
        }
    }
}
