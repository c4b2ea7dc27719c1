import NNCore

/// A named setting a goal tests (`activation is relu`, `features has x1sq, x2sq`,
/// `optimizer in adam, rmsprop`). `features` is a list; the others one name each.
public enum GoalSetting: String, CaseIterable, Sendable {
    case dataset, features, activation, output, loss
    case initializer = "init"
    case optimizer
    /// `none`, `l1`, `l2` or `dropout`, or several joined by `+` when mixed.
    case regularization
    /// `yes` or `no`.
    case shuffle

    /// The names in force in `config` (one, except for `features`).
    public func names(in config: TrainingConfig) -> [String] {
        switch self {
        case .dataset: return [config.dataset.displayName]
        case .features: return config.features.map(\.rawValue)
        case .activation: return [config.activation.rawValue]
        case .output: return [config.output.rawValue]
        case .loss: return [config.loss.rawValue]
        case .initializer: return [config.initializer.rawValue]
        case .optimizer: return [config.optimizer.kind.rawValue]
        case .regularization:
            let r = config.regularization
            let on = [("l1", r.l1), ("l2", r.l2), ("dropout", r.dropout)].filter { $0.1 > 0 }.map(\.0)
            return [on.isEmpty ? "none" : on.joined(separator: "+")]
        case .shuffle: return [config.shuffle ? "yes" : "no"]
        }
    }

    /// The names a goal may test this setting against (nil: any name, for datasets
    /// that may be CSV files). A goal naming anything else is a typo and is refused.
    public var allowedNames: [String]? {
        func all<T: CaseIterable & RawRepresentable>(_: T.Type) -> [String] where T.RawValue == String {
            T.allCases.map(\.rawValue)
        }
        switch self {
        case .dataset: return nil
        case .features: return all(Feature.self)
        case .activation: return all(Activation.self)
        case .output: return all(OutputHead.self)
        case .loss: return all(LossKind.self)
        case .initializer: return all(Initializer.self)
        case .optimizer: return all(OptimizerKind.self)
        case .regularization: return ["none", "l1", "l2", "dropout"]
        case .shuffle: return ["yes", "no"]
        }
    }
}
