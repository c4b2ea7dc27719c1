/// ← and → on a setting: choices cycle round, numbers step along their ladders and
/// stop at the ends, flags toggle, the seed counts; settings with their own rule
/// (`Setting.step`) follow it.
extension Setting {
    /// The changes one step in `direction` (+1 for →, −1 for ←) makes, nil when there
    /// is nothing to change (an end of a ladder).
    package func stepped(_ c: TrainingConfig, by direction: Int, csv: CSVChoice?) -> [SettingChange]? {
        guard direction != 0 else { return nil }
        if let step { return step(self, c, direction, csv) }
        switch (kind, read(c)) {
        case (.choice(let names), .name(let name)):
            return [change(.name(names.element(after: name, wrapping: direction > 0 ? 1 : -1)))]
        case (.number, .number(let x)), (.ratio, .number(let x)):
            return ladder?.step(x, by: direction).map { [change(.number($0))] }
        case (.batch, .integer(let n)):
            // Anything above the ladder's top (such as "full") steps down from its top.
            return ladder?.step(Double(min(n, 1000)), by: direction).map { [change(.integer(Int($0)))] }
        case (.seed, .seed(let s)):
            if direction < 0 && s == 0 { return nil }
            return [change(.seed(direction > 0 ? s &+ 1 : s - 1))]
        case (.flag, .flag(let on)):
            return [change(.flag(!on))]
        default:
            return nil
        }
    }
}
