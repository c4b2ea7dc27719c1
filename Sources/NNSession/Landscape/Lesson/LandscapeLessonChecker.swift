import NNCore

/// `nnplay lesson check` for a landscape lesson: every step's setup runs, every goal
/// has a hint, no goal is met right after its setup, and every reference solution
/// reaches its goal (played headless, `LandscapeLessonRehearsal`).
package enum LandscapeLessonChecker {
    /// The problems, and for each goal met where its solution met it.
    package static func check(_ lesson: Lesson, _ lab: LandscapeLesson) -> (problems: [InputError], notes: [String]) {
        var problems: [InputError] = [], notes: [String] = []
        for (index, step) in lab.steps.enumerated() {
            let name = "step \(index + 1) '\(lesson.steps[index].title)'"
            let setup: LandscapeLabSetup
            do { setup = try lab.resolvedSetup(ofStep: index) } catch {
                problems.append(lesson.error(error.message, line: step.setupLine ?? lesson.steps[index].line))
                continue
            }
            guard let goal = step.goal else { continue }
            if lesson.steps[index].hints.isEmpty {
                problems.append(lesson.error("\(name) has a goal but no ```hint", line: step.goalLine))
            }
            if LandscapeLessonRehearsal.play(setup: setup, solution: [], goal: goal).metAt != nil {
                problems.append(lesson.error("\(name): the goal '\(step.goalText)' is already met right after its setup",
                                             line: step.goalLine))
                continue
            }
            let (metAt, state) = LandscapeLessonRehearsal.play(setup: setup, solution: step.solution, goal: goal)
            guard let metAt else {
                let figures = goal.map { "\($0.metric.rawValue) \(LandscapeGoal.figureText($0.value(in: state)))" }
                problems.append(lesson.error("\(name): the reference solution does not reach the goal '\(step.goalText)' ("
                                             + figures.joined(separator: ", ") + ")", line: step.solutionLine ?? step.goalLine))
                continue
            }
            notes.append("\(name): met at iteration \(metAt)")
        }
        return (problems, notes)
    }
}
