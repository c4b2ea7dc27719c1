import NNCore

/// The values of `TrainingConfig()` as the help texts quote them, so that help never
/// disagrees with what a run actually uses.
enum TrainingDefaults {
    static let config = TrainingConfig()

    /// `(default 0.03)` for a number of the default configuration.
    static func note(_ value: (TrainingConfig) -> Double) -> String {
        "(default \(TextReport.number(value(config))))"
    }

    /// `(default tanh)` for any other value of the default configuration.
    static func note(_ value: (TrainingConfig) -> String) -> String {
        "(default \(value(config)))"
    }
}
