/// One step of a lesson: a `## Heading` and everything up to the next one.
package struct LessonStep: Equatable, Sendable {
    package var title: String
    /// The Markdown prose outside the machine blocks, blank lines at the ends removed.
    package var text: String
    /// Nil when the step keeps the lesson's setup as it is.
    package var setup: LessonSetup?
    package var goal: LessonGoal?
    /// The reference solution (present exactly when `goal` is).
    package var solution: LessonSolution?
    package var hints: [Hint]
    /// Markdown shown once the goal is met (or at once for a step without a goal).
    package var explanation: String?
    package var question: LessonQuestion?
    /// The line of the heading.
    package var line: Int

    package init(title: String, text: String = "", setup: LessonSetup? = nil, goal: LessonGoal? = nil,
                solution: LessonSolution? = nil, hints: [Hint] = [], explanation: String? = nil,
                question: LessonQuestion? = nil, line: Int = 0) {
        self.title = title
        self.text = text
        self.setup = setup
        self.goal = goal
        self.solution = solution
        self.hints = hints
        self.explanation = explanation
        self.question = question
        self.line = line
    }
}
