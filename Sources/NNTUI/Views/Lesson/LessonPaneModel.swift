/// What the lesson pane shows, as plain values (the app builds it from its
/// `LessonMode`): the step's text, how its goal stands, the hints revealed so far,
/// the explanation once the goal is met, the question and the feedback on the answer
/// picked; or, while the student picks one, the list of steps.
public struct LessonPaneModel: Equatable, Sendable {
    /// One condition of the goal and how it stands.
    public struct GoalLine: Equatable, Sendable {
        public var text: String
        /// The value now (`-` before there is one).
        public var current: String
        public var isMet: Bool

        public init(text: String, current: String, isMet: Bool) {
            self.text = text
            self.current = current
            self.isMet = isMet
        }
    }

    /// The step's question, its choices and the answer picked.
    public struct Question: Equatable, Sendable {
        public var prompt: String
        public var choices: [String]
        public var picked: Int?
        /// Whether the picked choice is right, and what the lesson says about it.
        public var pickedIsCorrect: Bool
        public var feedback: String?

        public init(prompt: String, choices: [String], picked: Int? = nil, pickedIsCorrect: Bool = false,
                    feedback: String? = nil) {
            self.prompt = prompt
            self.choices = choices
            self.picked = picked
            self.pickedIsCorrect = pickedIsCorrect
            self.feedback = feedback
        }
    }

    /// A row of the list of steps.
    public struct StepRow: Equatable, Sendable {
        public var title: String
        public var isMet: Bool
        public var isReachable: Bool

        public init(title: String, isMet: Bool, isReachable: Bool) {
            self.title = title
            self.isMet = isMet
            self.isReachable = isReachable
        }
    }

    /// The steps with the current and the highlighted one.
    public struct StepList: Equatable, Sendable {
        public var rows: [StepRow]
        public var current: Int
        public var selection: Int

        public init(rows: [StepRow], current: Int, selection: Int) {
            self.rows = rows
            self.current = current
            self.selection = selection
        }
    }

    public var lessonTitle: String
    /// `step 3/8`.
    public var position: String
    public var stepTitle: String
    /// The lesson's introduction, shown above the first step.
    public var introduction: String?
    /// The step's prose (Markdown; see `ProseText`).
    public var text: String
    /// The goal's conditions (empty for a step without a goal).
    public var goal: [GoalLine] = []
    /// `within 30 epochs (now 12)`, if the goal has a limit.
    public var goalLimit: String?
    public var goalMet = false
    /// The hints revealed so far, and how many remain.
    public var hints: [String] = []
    public var hintsLeft = 0
    public var explanation: String?
    public var question: Question?
    /// The controls this step locks, in short (`all but lr`); nil when none is.
    public var locked: String?
    /// The list of steps, while the student picks one (`l`).
    public var stepList: StepList?
    /// Rows scrolled past.
    public var scroll = 0

    public init(lessonTitle: String, position: String, stepTitle: String, text: String) {
        self.lessonTitle = lessonTitle
        self.position = position
        self.stepTitle = stepTitle
        self.text = text
    }
}
