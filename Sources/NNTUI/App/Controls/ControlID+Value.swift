import NNCore

/// What each control shows: its value as text, whether it can be changed, and the
/// text a student starts from when they press Enter to type a value. The text comes
/// from the setting's value and kind (`Setting.panelText`); only the problem (which
/// CSV points decide) and the output (head and loss on one row) have their own.
extension ControlID {
    /// The value as the panel shows it (`circle`, `0.03`, `50%`, `x1 x2`, `4-2`).
    package func valueText(_ c: TrainingConfig, csv: CSVChoice?) -> String {
        switch self {
        case .problem: return CSVChoice.problem(of: c.dataset, csv: csv).isClassification ? "classify" : "regression"
        case .output: return c.loss == c.output.naturalLoss ? c.output.rawValue : "\(c.output.rawValue)·\(c.loss.rawValue)"
        case .points: return pointCount(c).map(String.init) ?? "–"
        default: return setting?.panelText(c) ?? ""
        }
    }

    /// The points of a built-in dataset: the count set, or the dataset's default.
    private func pointCount(_ c: TrainingConfig) -> Int? {
        c.dataset.count ?? c.dataset.kind?.defaultCount
    }

    /// Whether the control can be changed with this configuration (drawn dim otherwise):
    /// CSV points have no noise, no point count and a fixed problem; no regularization
    /// has no rate.
    package func isEnabled(_ c: TrainingConfig) -> Bool {
        switch self {
        case .noise, .problem, .points: return c.dataset.kind != nil
        case .regularizationRate: return RegularizationChoice(c.regularization) != .none
        default: return true
        }
    }

    /// The text the editor starts with when Enter is pressed on this control.
    package func editText(_ c: TrainingConfig, csv: CSVChoice?) -> String {
        switch self {
        case .output: return c.loss == c.output.naturalLoss ? c.output.rawValue : "\(c.output.rawValue),\(c.loss.rawValue)"
        case .problem: return valueText(c, csv: csv)
        case .points: return pointCount(c).map(String.init) ?? ""
        default: return setting?.panelEditText(c) ?? ""
        }
    }
}
