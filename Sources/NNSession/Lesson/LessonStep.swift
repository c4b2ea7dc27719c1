/// One step of a lesson: a `## Heading` and everything up to the next one.
public struct LessonStep: Equatable, Sendable {
    public var title: String
    /// The Markdown prose outside the machine blocks, blank lines at the ends removed.
    public var text: String
    /// Nil when the step keeps the lesson's setup as it is.
    public var setup: LessonSetup?
    public var goal: LessonGoal?
    /// The reference solution (present exactly when `goal` is).
    public var solution: LessonSolution?
    public var hints: [Hint]
    /// Markdown shown once the goal is met (or at once for a step without a goal).
    public var explanation: String?
    public var question: LessonQuestion?
    /// The line of the heading.
    public var line: Int

    public init(title: String, text: String = "", setup: LessonSetup? = nil, goal: LessonGoal? = nil,
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
