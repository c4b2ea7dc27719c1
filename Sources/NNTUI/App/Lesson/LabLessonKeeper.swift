import NNCore
import NNSession

/// What a lab's run loop keeps of the lesson open in it: the student's progress saved
/// whenever it changes (`LessonProgressStore`, atomically), and the labels of the
/// recording's markers for a step entered or a question answered (`LessonMarks`), each
/// once. The labs' loops share it, so every lab saves and marks the same way.
package struct LabLessonKeeper: Sendable {
    private let store: LessonProgressStore?
    private var saved: LessonProgress?
    private var markedStep = -1
    private var markedAnswers: [Int?]

    /// For `session` (nil: no lesson) as opened, saving into `store` (nil: not saved).
    package init(session: LessonSession?, store: LessonProgressStore?) {
        self.store = store
        saved = session?.progress
        markedAnswers = session?.progress.steps.map(\.answer) ?? []
    }

    /// Writes `session`'s progress if it changed since it was last written. Returns the
    /// note of a failure (tried again at the next change), else nil.
    package mutating func save(_ session: LessonSession?) -> String? {
        guard let store, let progress = session?.progress, progress != saved else { return nil }
        saved = progress
        do throws(InputError) {
            try store.save(progress)
        } catch {
            return "progress not saved: \(error.message)"
        }
        return nil
    }

    /// The markers for what is new in `session` since the last call: the step it is on
    /// (the first call marks the step the lesson opened at), an answer newly given.
    package mutating func newMarks(_ session: LessonSession?) -> [String] {
        guard let session else { return [] }
        var labels: [String] = []
        if session.stepIndex != markedStep {
            markedStep = session.stepIndex
            labels.append(LessonMarks.step(session))
        }
        let step = session.stepIndex
        if let choice = session.answer, markedAnswers.indices.contains(step), markedAnswers[step] != choice {
            markedAnswers[step] = choice
            labels.append(LessonMarks.answer(session, choice: choice))
        }
        return labels
    }
}
