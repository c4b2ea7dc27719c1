import NNCore

/// Reading one line of a `goal` block (see `GoalCondition` for the forms).
extension GoalCondition {
    /// The condition written on `line`, or an error saying what a condition looks like.
    package static func parse(_ line: String) throws(InputError) -> GoalCondition {
        let text = line.trimmedSpaces
        let lower = text.lowercased()
        if lower == "diverged" { return .diverged(true) }
        let head = String(lower.prefix(while: { $0 != " " && !"<>=".contains($0) }))
        let rest = String(lower.dropFirst(head.count)).trimmedSpaces
        if head == "diverged" {
            let parts = rest.split(separator: " ").map(String.init)
            guard parts.count == 2, parts[0] == "is" else { throw InputError("write 'diverged' or 'diverged is no'") }
            return .diverged(try setting(.flag, parts[1], "diverged") == .flag(true))
        }
        if let metric = GoalMetric(rawValue: head) {
            for comparison in GoalCondition.Comparison.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count })
            where rest.hasPrefix(comparison.rawValue) {
                var value = String(rest.dropFirst(comparison.rawValue.count)).trimmedSpaces
                if comparison == .equal && value.hasPrefix("=") { value.removeFirst() }
                return .number(metric, comparison, try setting(.number, value, head).number ?? 0)
            }
            throw InputError("'\(head)' needs a comparison: <, <=, >, >= or = and a number (\(head) < 0.1)")
        }
        if let setting = GoalSetting(rawValue: head) {
            let word = String(rest.prefix(while: { $0 != " " }))
            guard let test = NameTest(rawValue: word) else {
                throw InputError("'\(head)' needs is, in, not or has and names (\(head) is ...)")
            }
            if test == .has && setting != .features { throw InputError("'has' is for features; use is or in") }
            let names = rest.dropFirst(word.count).split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            guard !names.isEmpty else { throw InputError("'\(head) \(word)' needs at least one name") }
            if test == .is && setting != .features && names.count > 1 {
                throw InputError("'\(head) is' takes one name; use 'in' for any of several")
            }
            if let allowed = setting.allowedNames, let bad = names.first(where: { !allowed.contains($0) }) {
                throw InputError("\(head): unknown name '\(bad)' (names: \(allowed.joined(separator: ", ")))")
            }
            return .name(setting, test, names)
        }
        let metrics = GoalMetric.allCases.map(\.rawValue).joined(separator: ", ")
        let settings = GoalSetting.allCases.map(\.rawValue).joined(separator: ", ")
        throw InputError("unknown goal '\(head)' (figures: \(metrics); settings: \(settings); or diverged)")
    }

    /// `text` read as a value of `kind` (the settings' own rules), or an error naming `key`.
    private static func setting(_ kind: SettingKind, _ text: String, _ key: String) throws(InputError) -> SettingValue {
        do { return try kind.parse(text) } catch { throw InputError(error.message(key: key, text: text)) }
    }
}
