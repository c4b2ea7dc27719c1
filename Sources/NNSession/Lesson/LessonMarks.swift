import Foundation

/// The markers a lesson session writes into its recording, and how `nnplay grade`
/// reads them back: one rule for both sides. Markers change nothing in a replay.
///
/// ```
/// {"kind":"marker","label":"lesson learning-rate step 2/4: Far too small","step":0}
/// {"kind":"marker","label":"answer step 2/4: b","step":310}
/// ```
package enum LessonMarks {
    /// The marker of a lesson step entered: `lesson ID step 2/4: title`.
    package static func step(_ session: LessonSession) -> String {
        "lesson \(session.lesson.id) \(session.positionText): \(session.step.title)"
    }

    /// The marker of a question answered: `answer step 2/4: b` (choice `b` picked at
    /// the second of four steps; a later answer to the same step replaces it).
    package static func answer(_ session: LessonSession, choice: Int) -> String {
        "answer \(session.positionText): \(LessonQuestion.key(for: choice))"
    }

    /// A recorded answer: the lesson step (0-based) and the choice (0-based).
    package struct Answer: Equatable, Sendable {
        package var stepIndex: Int
        package var choice: Int

        package init(stepIndex: Int, choice: Int) {
            self.stepIndex = stepIndex
            self.choice = choice
        }
    }

    /// The answer an `answer step N/M: x` label records, or nil for any other label.
    package static func answer(in label: String) -> Answer? {
        guard label.hasPrefix("answer "), let step = stepNumber(in: label),
              let key = label.split(separator: ":").last?.trimmingCharacters(in: .whitespaces),
              key.count == 1, let ascii = key.first?.asciiValue, (97..<123).contains(ascii) else { return nil }
        return Answer(stepIndex: step - 1, choice: Int(ascii) - 97)
    }

    /// The lesson step number (1-based) in a step or answer label (`step 2/4`), or nil.
    package static func stepNumber(in label: String) -> Int? {
        let words = label.split(separator: " ")
        guard let at = words.firstIndex(of: "step"), at + 1 < words.count,
              let slash = words[at + 1].firstIndex(of: "/"),
              let number = Int(words[at + 1][..<slash]), number > 0 else { return nil }
        return number
    }
}
