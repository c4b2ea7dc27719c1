import NNCore

/// `nnplay lesson check` for a curve lesson: every step's setup gives valid settings,
/// every goal has a hint, no goal is met right after its setup, and every reference
/// solution reaches its goal (played headless, `CurveLessonRehearsal`).
package enum CurveLessonChecker {
    /// The problems, and for each goal met the step at which its solution met it.
    package static func check(_ lesson: Lesson, _ lab: CurveLesson) -> (problems: [InputError], notes: [String]) {
        var problems: [InputError] = [], notes: [String] = []
        for (index, step) in lab.steps.enumerated() {
            let name = "step \(index + 1) '\(lesson.steps[index].title)'"
            let settings: CurveLabSettings
            do { settings = try lab.settings(ofStep: index) } catch {
                problems.append(lesson.error(error.message, line: step.setupLine ?? lesson.steps[index].line))
                continue
            }
            guard let goal = step.goal else { continue }
            if lesson.steps[index].hints.isEmpty {
                problems.append(lesson.error("\(name) has a goal but no ```hint", line: step.goalLine))
            }
            if CurveLessonRehearsal.play(settings: settings, solution: [], goal: goal).metAt != nil {
                problems.append(lesson.error("\(name): the goal '\(step.goalText)' is already met right after its setup",
                                             line: step.goalLine))
                continue
            }
            let (metAt, state) = CurveLessonRehearsal.play(settings: settings, solution: step.solution, goal: goal)
            let figures = goal.map { "\($0.metric.rawValue) \($0.value(in: state).map(CurveLabGoal.figureText) ?? "–")" }
                .joined(separator: ", ")
            guard let metAt else {
                problems.append(lesson.error("\(name): the reference solution does not reach the goal '\(step.goalText)' ("
                                             + figures + ")", line: step.solutionLine ?? step.goalLine))
                continue
            }
            notes.append("\(name): met at step \(metAt): \(figures)")
        }
        return (problems, notes)
    }
}
