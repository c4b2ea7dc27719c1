import NNCore

/// A named setting a goal tests (`activation is relu`, `features has x1sq, x2sq`,
/// `optimizer in adam, rmsprop`): a setting of the table whose values are names.
/// `features` is a list; the others one name each.
package enum GoalSetting: String, CaseIterable, Sendable {
    case dataset, features, activation, output, loss
    case initializer = "init"
    case optimizer
    /// `none`, `l1`, `l2` or `dropout`, or several joined by `+` when mixed.
    case regularization
    /// `yes` or `no`.
    case shuffle

    /// The entry of the table of settings this goal reads.
    package var setting: Setting {
        switch self {
        case .dataset: return Settings.dataset
        case .features: return Settings.features
        case .activation: return Settings.activation
        case .output: return Settings.output
        case .loss: return Settings.loss
        case .initializer: return Settings.initializer
        case .optimizer: return Settings.optimizer
        case .regularization: return Settings.regularization
        case .shuffle: return Settings.shuffle
        }
    }

    /// The names in force in `config` (one, except for `features`).
    package func names(in config: TrainingConfig) -> [String] {
        switch setting.read(config) {
        case .name(let name): return [name]
        case .features(let features): return features.map(\.rawValue)
        case .flag(let on): return [on ? "yes" : "no"]
        case .regularization:
            let r = config.regularization
            let on = [("l1", r.l1), ("l2", r.l2), ("dropout", r.dropout)].filter { $0.1 > 0 }.map(\.0)
            return [on.isEmpty ? "none" : on.joined(separator: "+")]
        default: return [config.dataset.displayName]
        }
    }

    /// The names a goal may test this setting against (nil: any name, for datasets
    /// that may be CSV files). A goal naming anything else is a typo and is refused.
    package var allowedNames: [String]? {
        switch setting.kind {
        case .choice(let names): return names
        case .features: return Feature.allCases.map(\.rawValue)
        case .flag: return ["yes", "no"]
        case .regularization: return ["none", "l1", "l2", "dropout"]
        default: return nil
        }
    }
}
