import NNCore

/// How the panel writes a setting's value, by its kind: numbers short (`0.03`),
/// ratios as percentages (`50%`), hidden layers as `4-2`, the whole training set as
/// `full`.
extension Setting {
    /// The value shown on the setting's row.
    package func panelText(_ c: TrainingConfig) -> String {
        switch (kind, read(c)) {
        case (.ratio, .number(let x)): return NumberText.short(x * 100) + "%"
        case (_, .number(let x)): return NumberText.short(x)
        case (.batch, .integer(let n)): return n >= SettingKind.fullBatch ? "full" : String(n)
        case (_, .integer(let n)): return String(n)
        case (_, .seed(let s)): return String(s)
        case (_, .flag(let on)): return on ? "yes" : "no"
        case (_, .name(let name)): return name
        case (_, .features(let f)): return f.map(\.label).joined(separator: " ")
        case (_, .layers(let h)): return h.isEmpty ? "none" : h.map(String.init).joined(separator: "-")
        case (_, .optionalNumber(let x)): return x.map { NumberText.short($0) } ?? "–"
        case (_, .data): return c.dataset.displayName
        case (_, .regularization(let choice, _)): return choice.text
        case (_, .regression(let r)): return r ? "regression" : "classify"
        case (_, .pace(let pace)): return pace.shortText(c.optimizer.kind.epochName)
        }
    }

    /// The text the editor starts from: as shown, but in the form typing reads back
    /// (`x1,x2` rather than `x1 x2`, `4,2` rather than `4-2`, nothing for no rate).
    package func panelEditText(_ c: TrainingConfig) -> String {
        switch read(c) {
        case .features(let f): return f.map(\.rawValue).joined(separator: ",")
        case .layers(let h): return h.isEmpty ? "none" : h.map(String.init).joined(separator: ",")
        case .optionalNumber(let x): return x.map { NumberText.short($0) } ?? ""
        default: return panelText(c)
        }
    }
}
