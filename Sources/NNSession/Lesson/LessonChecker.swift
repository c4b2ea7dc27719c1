import Foundation
import NNCore

/// What `nnplay lesson check` verifies for lesson authors, headless and without
/// threads: the format (by parsing), unique ids, hints for every goal, setups the
/// playground accepts, settings the student can reach on the screen
/// (`checkReach`), no goal already met right after its setup and automatic run, and
/// every goal reached by its reference solution (`LessonRehearsal`).
package struct LessonChecker: Sendable {
    /// The shipped datasets folder, for lessons on CSV data.
    package var datasets: DatasetFolder?
    /// Epochs trained after a solution's last line when its goal has no `within`.
    package var epochBudget: Int

    package init(datasets: DatasetFolder?, epochBudget: Int = 300) {
        self.datasets = datasets
        self.epochBudget = epochBudget
    }

    /// Every problem of `lesson`, in file order; empty when it is fine.
    package func check(_ lesson: Lesson) -> [InputError] {
        checkReporting(lesson).problems
    }

    /// `check`, and for every step whose reference solution meets its goal, where it
    /// did: `step 2 'Too slow': met at epoch 6: test-accuracy 81%` (the figures an
    /// author quotes in the step's explain block, found without guessing).
    package func checkReporting(_ lesson: Lesson) -> (problems: [InputError], notes: [String]) {
        if let lab = lesson.curves { return CurveLessonChecker.check(lesson, lab) }
        if let lab = lesson.landscape { return LandscapeLessonChecker.check(lesson, lab) }
        let data = LessonData(datasets: datasets, lessonFolder: folder(of: lesson.path))
        var problems: [InputError] = [], notes: [String] = []
        for index in lesson.steps.indices {
            do throws(InputError) {
                if let note = try checkStep(index, of: lesson, data: data) { notes.append(note) }
            } catch where !problems.contains(error) {
                // A problem of the lesson's own setup (a missing CSV file, say) fails every
                // step the same way: it is reported once.
                problems.append(error)
            } catch {}
        }
        return (problems, notes)
    }

    /// The first problem of step `index`, thrown; without one, where its solution met
    /// the goal (nil for a step without a goal).
    func checkStep(_ index: Int, of lesson: Lesson, data: LessonData) throws(InputError) -> String? {
        let step = lesson.steps[index]
        let name = "step \(index + 1) '\(step.title)'"
        guard let goal = step.goal, let solution = step.solution else {
            let setup = try lesson.resolvedSetup(ofStep: index, data: data)
            try checkReach(ofStep: index, of: lesson, setup: setup, data: data)
            if lesson.lab == .race { _ = try RaceLessonRehearsal(lesson: lesson, stepIndex: index, data: data).startState() }
            return nil
        }
        if step.hints.isEmpty {
            throw lesson.error("\(name) has a goal but no ```hint", line: goal.line)
        }
        if lesson.lab == .race { return try checkRaceStep(index, of: lesson, goal: goal, solution: solution, data: data) }
        // The setup is resolved once (reading its CSV files) and used from the rehearsal.
        let rehearsal = try LessonRehearsal(lesson: lesson, stepIndex: index, data: data, epochBudget: epochBudget)
        try checkReach(ofStep: index, of: lesson, setup: rehearsal.setup, data: data)
        var state = try rehearsal.startState()
        if let met = rehearsal.enter(&state, goal: goal) {
            let when = met.sessionStep == 0 ? "right after its setup" : "during its automatic run (epoch \(met.epoch))"
            throw lesson.error("\(name): the goal '\(goal.text)' is already met \(when)", line: goal.line)
        }
        switch try rehearsal.play(solution, goal: goal, on: &state, locked: rehearsal.setup.lockedControls) {
        case .missed(let last):
            throw lesson.error("\(name): the reference solution does not reach the goal '\(goal.text)' (\(last.text))",
                               line: solution.line)
        case .met(let moment):
            let figures = state.goalEvaluation?.conditions.map {
                "\($0.condition.text.split(separator: " ").first ?? "") \($0.current)"
            } ?? []
            // A generation under GA and CMA-ES.
            let epoch = state.config.optimizer.kind.epochName.singular
            return "\(name): met at \(epoch) \(moment.epoch): " + figures.joined(separator: ", ")
        }
    }

    /// One error per lesson whose id an earlier lesson already has.
    package static func duplicateIDs(_ lessons: [Lesson]) -> [InputError] {
        var first: [String: Lesson] = [:]
        var problems: [InputError] = []
        for lesson in lessons {
            if let earlier = first[lesson.id] {
                problems.append(lesson.error("id '\(lesson.id)' is already used by \(earlier.path)", line: 2))
            } else {
                first[lesson.id] = lesson
            }
        }
        return problems
    }

    /// One error per lesson of `lessons` whose id a different file among `shipped`
    /// already has: installed next to the shipped lessons, `nnplay lesson ID` and the
    /// students' saved progress could not tell them apart.
    package static func clashes(_ lessons: [Lesson], withShipped shipped: [Lesson]) -> [InputError] {
        func same(_ a: String, _ b: String) -> Bool {
            URL(fileURLWithPath: a).resolvingSymlinksInPath().path == URL(fileURLWithPath: b).resolvingSymlinksInPath().path
        }
        return lessons.compactMap { lesson in
            guard let other = shipped.first(where: { $0.id == lesson.id && !same($0.path, lesson.path) }) else { return nil }
            return lesson.error("id '\(lesson.id)' is already the id of the shipped lesson \(other.path)", line: 2)
        }
    }

    private func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }
}
