import NNCore

/// What each control shows: its value as text, whether it can be changed, and the
/// text a student starts from when they press Enter to type a value.
extension ControlID {
    /// The value as the panel shows it (`circle`, `0.03`, `50%`, `x1 x2`, `4-2`).
    public func valueText(_ c: TrainingConfig, csv: CSVChoice?) -> String {
        switch self {
        case .problem:
            return ProblemRules.problem(for: c.dataset, csv: csv?.problem).isClassification ? "classify" : "regression"
        case .dataset: return c.dataset.displayName
        case .classes: return String(c.dataset.classes)
        case .noise: return NumberText.short(c.dataset.noise)
        case .testRatio: return NumberText.short(c.dataset.testRatio * 100) + "%"
        case .batchSize: return c.batchSize >= TrainingConfig.Limits.maxPoints ? "full" : String(c.batchSize)
        case .regenerate: return ""
        case .features: return c.features.map(\.label).joined(separator: " ")
        case .hidden: return c.hiddenLayers.isEmpty ? "none" : c.hiddenLayers.map(String.init).joined(separator: "-")
        case .activation: return c.activation.rawValue
        case .output: return ProblemRules.outputText(head: c.output, loss: c.loss)
        case .initializer: return c.initializer.rawValue
        case .optimizer: return c.optimizer.kind.rawValue
        case .learningRate: return NumberText.short(c.optimizer.learningRate)
        case .momentum: return NumberText.short(c.optimizer.momentum)
        case .beta1: return NumberText.short(c.optimizer.beta1)
        case .beta2: return NumberText.short(c.optimizer.beta2)
        case .alpha: return NumberText.short(c.optimizer.alpha)
        case .weightDecay: return NumberText.short(c.optimizer.weightDecay)
        case .regularization: return RegularizationChoice(c.regularization).text
        case .regularizationRate:
            return RegularizationChoice(c.regularization).rate(c.regularization).map { NumberText.short($0) } ?? "–"
        case .seed: return String(c.seed)
        }
    }

    /// Whether the control can be changed with this configuration (drawn dim otherwise):
    /// CSV points have no noise and a fixed problem; no regularization has no rate.
    public func isEnabled(_ c: TrainingConfig) -> Bool {
        switch self {
        case .noise, .problem: return c.dataset.kind != nil
        case .regularizationRate: return RegularizationChoice(c.regularization) != .none
        default: return true
        }
    }

    /// The text the editor starts with when Enter is pressed on this control.
    public func editText(_ c: TrainingConfig, csv: CSVChoice?) -> String {
        switch self {
        case .features: return c.features.map(\.rawValue).joined(separator: ",")
        case .hidden: return c.hiddenLayers.isEmpty ? "none" : c.hiddenLayers.map(String.init).joined(separator: ",")
        case .output: return c.loss == c.output.naturalLoss ? c.output.rawValue : "\(c.output.rawValue),\(c.loss.rawValue)"
        case .regularizationRate:
            return RegularizationChoice(c.regularization).rate(c.regularization).map { NumberText.short($0) } ?? ""
        default: return valueText(c, csv: csv)
        }
    }
}

/// The points a session read from a CSV file, which the dataset control can come back
/// to after trying the built-in ones.
public struct CSVChoice: Equatable, Sendable {
    /// The file's name as the configuration records it (`csvPath`).
    public var path: String?
    /// What its labels pose: classes or regression.
    public var problem: Problem

    public init(path: String?, problem: Problem) {
        self.path = path
        self.problem = problem
    }
}
