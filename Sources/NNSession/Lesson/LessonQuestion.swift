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
package struct LessonQuestion: Equatable, Sendable {
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

    package init(prompt: String, choices: [Choice], line: Int = 0) {
        self.prompt = prompt
        self.choices = choices
        self.line = line
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
