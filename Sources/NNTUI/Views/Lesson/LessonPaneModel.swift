/// What the lesson pane shows, as plain values (the app builds it from its
/// `LessonMode`): the step's text, how its goal stands, the hints revealed so far,
/// the explanation once the goal is met, the question and the feedback on the answer
/// picked; or, while the student picks one, the list of steps.
package struct LessonPaneModel: Equatable, Sendable {
    /// One condition of the goal and how it stands.
    package struct GoalLine: Equatable, Sendable {
        package var text: String
        /// The value now (`-` before there is one).
        package var current: String
        package var isMet: Bool

        package init(text: String, current: String, isMet: Bool) {
            self.text = text
            self.current = current
            self.isMet = isMet
        }
    }

    /// The step's question, its choices and the answer picked.
    package struct Question: Equatable, Sendable {
        package var prompt: String
        package var choices: [String]
        package var picked: Int?
        /// Whether the picked choice is right, and what the lesson says about it.
        package var pickedIsCorrect: Bool
        package var feedback: String?

        package init(prompt: String, choices: [String], picked: Int? = nil, pickedIsCorrect: Bool = false,
                    feedback: String? = nil) {
            self.prompt = prompt
            self.choices = choices
            self.picked = picked
            self.pickedIsCorrect = pickedIsCorrect
            self.feedback = feedback
        }
    }

    /// A row of the list of steps.
    package struct StepRow: Equatable, Sendable {
        package var title: String
        package var isMet: Bool
        package var isReachable: Bool

        package init(title: String, isMet: Bool, isReachable: Bool) {
            self.title = title
            self.isMet = isMet
            self.isReachable = isReachable
        }
    }

    /// The steps with the current and the highlighted one.
    package struct StepList: Equatable, Sendable {
        package var rows: [StepRow]
        package var current: Int
        package var selection: Int

        package init(rows: [StepRow], current: Int, selection: Int) {
            self.rows = rows
            self.current = current
            self.selection = selection
        }
    }

    package var lessonTitle: String
    /// `step 3/8`.
    package var position: String
    package var stepTitle: String
    /// The lesson's introduction, shown above the first step.
    package var introduction: String?
    /// The step's prose (Markdown; see `ProseText`).
    package var text: String
    /// The goal's conditions (empty for a step without a goal).
    package var goal: [GoalLine] = []
    /// `within 30 epochs (now 12)`, if the goal has a limit.
    package var goalLimit: String?
    package var goalMet = false
    /// The hints revealed so far, and how many remain.
    package var hints: [String] = []
    package var hintsLeft = 0
    package var explanation: String?
    package var question: Question?
    /// Whether the step asks a question once its goal is met (`show: after-goal`),
    /// still hidden so that it does not give the result away.
    package var questionPending = false
    /// The controls this step locks, in short (`all but lr`); nil when none is.
    package var locked: String?
    /// The list of steps, while the student picks one (`l`).
    package var stepList: StepList?
    /// Rows scrolled past.
    package var scroll = 0

    package init(lessonTitle: String, position: String, stepTitle: String, text: String) {
        self.lessonTitle = lessonTitle
        self.position = position
        self.stepTitle = stepTitle
        self.text = text
    }
}
