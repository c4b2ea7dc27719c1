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
public struct LessonQuestion: Equatable, Sendable {
    public struct Choice: Equatable, Sendable {
        public var text: String
        public var isCorrect: Bool
        /// Shown once this choice is picked.
        public var feedback: String
        public var line: Int

        public init(text: String, isCorrect: Bool, feedback: String, line: Int = 0) {
            self.text = text
            self.isCorrect = isCorrect
            self.feedback = feedback
            self.line = line
        }
    }

    public var prompt: String
    public var choices: [Choice]
    public var line: Int

    public init(prompt: String, choices: [Choice], line: Int = 0) {
        self.prompt = prompt
        self.choices = choices
        self.line = line
    }

    /// The key that picks choice `index`: `a`, `b`, `c`, ...
    public static func key(for index: Int) -> Character {
        Character(UnicodeScalar(UInt8(97 + index % 26)))
    }

    /// The choice picked by `key` (`a` is the first), or nil.
    public func choiceIndex(forKey key: Character) -> Int? {
        guard let ascii = key.lowercased().first?.asciiValue, ascii >= 97 else { return nil }
        let index = Int(ascii) - 97
        return choices.indices.contains(index) ? index : nil
    }
}
