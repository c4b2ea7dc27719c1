/// How far a student got in one lesson: saved between runs by `LessonProgressStore`
/// and restored into a `LessonSession`. Codable as JSON:
///
/// ```
/// {"version":1,"lesson":"learning-rate","contentHash":"…","currentStep":2,
///  "steps":[{"goalMetAtEpoch":37,"goalMetAtSessionStep":925,"hintsShown":1,"answer":0}, …]}
/// ```
package struct LessonProgress: Codable, Equatable, Sendable {
    /// What the student did in one step.
    package struct StepProgress: Codable, Equatable, Sendable {
        /// The network's epoch when the goal was first met; nil while it is not.
        package var goalMetAtEpoch: Int?
        /// The session step (the engine's clock) when it was met.
        package var goalMetAtSessionStep: Int?
        /// Hints revealed so far.
        package var hintsShown: Int
        /// The index of the choice picked last; nil before answering.
        package var answer: Int?

        package init(goalMetAtEpoch: Int? = nil, goalMetAtSessionStep: Int? = nil, hintsShown: Int = 0, answer: Int? = nil) {
            self.goalMetAtEpoch = goalMetAtEpoch
            self.goalMetAtSessionStep = goalMetAtSessionStep
            self.hintsShown = hintsShown
            self.answer = answer
        }

        package var isGoalMet: Bool { goalMetAtEpoch != nil }
    }

    /// The format's version (this is 1).
    package var version: Int
    package var lesson: String
    /// The `Lesson.contentHash` this progress was made on.
    package var contentHash: String
    /// The step shown (0-based).
    package var currentStep: Int
    /// One entry per step of the lesson.
    package var steps: [StepProgress]
    /// True once the student went past the last step.
    package var finished: Bool

    package static let currentVersion = 1

    /// Fresh progress for `lesson`: step 1, nothing done.
    package init(lesson: Lesson) {
        version = Self.currentVersion
        self.lesson = lesson.id
        contentHash = lesson.contentHash
        currentStep = 0
        steps = Array(repeating: StepProgress(), count: lesson.steps.count)
        finished = false
    }

    /// This progress made to fit `lesson`: unchanged for the same content; for
    /// another version of the lesson, the student keeps their place (the step number,
    /// clamped) but goals, hints and answers start over, as the steps may differ.
    package func adapted(to lesson: Lesson) -> LessonProgress {
        if lesson.id == self.lesson && lesson.contentHash == contentHash && steps.count == lesson.steps.count {
            return self
        }
        var fresh = LessonProgress(lesson: lesson)
        if lesson.id == self.lesson { fresh.currentStep = min(max(0, currentStep), lesson.steps.count - 1) }
        return fresh
    }

    /// `not started`, `step 3/8` or `finished`, for listings.
    package var summary: String {
        if finished { return "finished" }
        let touched = currentStep > 0 || steps.contains { $0.isGoalMet || $0.hintsShown > 0 || $0.answer != nil }
        return touched ? "step \(currentStep + 1)/\(steps.count)" : "not started"
    }
}
