/// Where a word without spaces (a formula such as `σ(x)=1/(1+e⁻ˣ)`) may be broken
/// when it is wider than a line: before an operator (`=`, `+`, `−`, `·`, `/`, `←`,
/// ...), so that the continuation starts with it as mathematicians write it, or after
/// a comma. `ProseText.wrap` cuts there instead of in the middle of a symbol; only
/// a word with no such point is cut at the edge.
enum FormulaBreaks {
    /// Characters a formula may be broken before.
    static let operators: Set<Character> = ["=", "+", "−", "-", "·", "×", "/", "←", "→", "≤", "≥", "≈", "≠", "<",
                                            ">", "∝", "⊙"]

    /// Where to end a line in `word`, at most `room` characters in: the latest break
    /// point outside brackets if there is one (`σ(x)=1` / `/(1+e⁻ˣ)`), otherwise the
    /// latest at the shallowest bracket depth; nil when there is none (then the
    /// caller cuts at `room`).
    static func lastBreak(in word: Substring, within room: Int) -> Int? {
        let characters = Array(word)
        guard characters.count > 1, room >= 1 else { return nil }
        var best: (depth: Int, index: Int)?
        var depth = 0
        for i in 1..<min(room + 1, characters.count) {
            let previous = characters[i - 1]
            if "([{".contains(previous) { depth += 1 }
            if ")]}".contains(previous) { depth = max(0, depth - 1) }
            guard isBreak(characters, at: i) else { continue }
            if depth <= best?.depth ?? Int.max { best = (depth, i) }
        }
        return best?.index
    }

    /// Whether a line may end before `characters[i]`: before an operator that does
    /// not follow another operator or an opening bracket (`(−1)` stays whole), or
    /// after a comma.
    static func isBreak(_ characters: [Character], at i: Int) -> Bool {
        let before = characters[i - 1]
        if before == "," || before == ";" { return true }
        guard operators.contains(characters[i]) else { return false }
        return !operators.contains(before) && !"([{".contains(before)
    }
}
