import ArgumentParser
import NNCore

/// A setting of the table as `nnplay train`'s flag: its help line, value name and
/// default come from the entry, and its value is read by the entry's own rule.
extension Setting {
    /// `Learning rate, above 0 (default 0.03).`, with the value named `<rate>`.
    var argumentHelp: ArgumentHelp {
        let note = defaultNote ?? "(default \(Self.argumentText(read(TrainingConfig()))))"
        return ArgumentHelp(note.isEmpty ? "\(help)." : "\(help) \(note).", valueName: valueName ?? key)
    }

    /// The flag's value read as this setting's change; the error says what a value
    /// looks like (argument parser prefixes it with the flag and the value given).
    var argument: @Sendable (String) throws -> SettingChange {
        { [self] text in
            do throws(SettingValueError) { return try change(parsing: text) } catch { throw InputError(error.reason) }
        }
    }

    /// A value as a flag would spell it (`0.03`, `x1,x2`, `4,2`, `tanh`).
    static func argumentText(_ value: SettingValue) -> String {
        switch value {
        case .number(let x): return TextReport.number(x)
        case .integer(let n): return String(n)
        case .seed(let s): return String(s)
        case .flag(let on): return on ? "on" : "off"
        case .name(let name): return name
        case .features(let f): return f.map(\.rawValue).joined(separator: ",")
        case .layers(let h): return h.isEmpty ? "none" : h.map(String.init).joined(separator: ",")
        case .optionalNumber(let x): return x.map(TextReport.number) ?? "none"
        case .data(let name): return name.kind?.rawValue ?? name.csvPath ?? "csv"
        case .regularization(let choice, let rate): return rate.map { "\(choice.text) \(TextReport.number($0))" } ?? choice.text
        case .regression(let r): return r ? "regression" : "classify"
        case .pace(let pace): return pace.text
        }
    }
}
