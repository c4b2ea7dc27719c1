/// What kind of value a setting takes, which decides how its text is read (here, for
/// every front end alike), how the panel shows it and how ← and → step it.
package enum SettingKind: Equatable, Sendable {
    /// `0.03`, `3e-2`, `.5`, or a percentage `30%` (0.3).
    case number
    /// A fraction: a number, where plain numbers from 1 to 100 are percentages too
    /// (`30` is 0.3); the panel shows it as a percentage.
    case ratio
    /// A whole number.
    case integer
    /// A whole number 0 … 2⁶⁴ − 1.
    case seed
    /// `yes`/`no` (also `on`/`off`, `true`/`false`).
    case flag
    /// One of these names (raw values), in the order ← and → cycle them.
    case choice([String])
    /// Feature names separated by commas or spaces: `x1,x2,sin1`.
    case features
    /// Neurons per hidden layer separated by commas, spaces or dashes (`8,8`, `4-2`),
    /// or `none` (also `0` or nothing).
    case layers
    /// Points per update, or `full` for the whole training set.
    case batch
    /// A number, or `none` for nothing.
    case optionalNumber
    /// A built-in dataset's name, or a CSV file's name (no spaces).
    case dataset
    /// `none`, or `l1`, `l2` or `dropout` with an optional rate (`l2 0.001`).
    case regularization
    /// `classify` or `regression`.
    case problem
    /// A training pace: `60` (epochs per second), `5steps` (steps per second) or `max`
    /// (see `Pace(parsing:)`).
    case pace

    /// The names of a `CaseIterable` enum, for `.choice`.
    package static func choice<T: CaseIterable & RawRepresentable>(of _: T.Type) -> SettingKind where T.RawValue == String {
        .choice(T.allCases.map(\.rawValue))
    }

    /// The batch size that stands for "the whole training set".
    package static let fullBatch = TrainingConfig.Limits.maxPoints
}
