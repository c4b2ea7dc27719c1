/// A multiple-choice question with feedback for every answer. Written as a
/// ```question block: the prompt, then one `- [ ]` line per choice (`- [x]` for a
/// right one), each followed by its feedback on `>` lines:
///
/// ```question
/// What happens with a learning rate of 10?
/// - [ ] Training gets faster.
///   > Each step overshoots the minimum: faster is not better.
/// - [x] The loss blows up.
///   > Right: every step lands further from the minimum than the last.
/// ```
///
/// A first line `show: after-goal` keeps the question hidden until the step's goal is
/// met, so that it asks about a result the student has just produced rather than
/// giving it away; `show: before-run` (the default) shows it with the step, to
/// predict what the run will do.
package struct LessonQuestion: Equatable, Sendable {
    /// When the question is shown.
    package enum Timing: String, Equatable, Sendable, CaseIterable {
        /// With the step, before the run: the student predicts.
        case beforeRun = "before-run"
        /// Only once the step's goal is met: the student explains what happened.
        case afterGoal = "after-goal"
    }

    package struct Choice: Equatable, Sendable {
        package var text: String
        package var isCorrect: Bool
        /// Shown once this choice is picked.
        package var feedback: String
        package var line: Int

        package init(text: String, isCorrect: Bool, feedback: String, line: Int = 0) {
            self.text = text
            self.isCorrect = isCorrect
            self.feedback = feedback
            self.line = line
        }
    }

    package var prompt: String
    package var choices: [Choice]
    package var line: Int
    package var timing: Timing

    package init(prompt: String, choices: [Choice], line: Int = 0, timing: Timing = .beforeRun) {
        self.prompt = prompt
        self.choices = choices
        self.line = line
        self.timing = timing
    }

    /// The key that picks choice `index`: `a`, `b`, `c`, ...
    package static func key(for index: Int) -> Character {
        Character(UnicodeScalar(UInt8(97 + index % 26)))
    }

    /// The choice picked by `key` (`a` is the first), or nil.
    package func choiceIndex(forKey key: Character) -> Int? {
        guard let ascii = key.lowercased().first?.asciiValue, ascii >= 97 else { return nil }
        let index = Int(ascii) - 97
        return choices.indices.contains(index) ? index : nil
    }
}
