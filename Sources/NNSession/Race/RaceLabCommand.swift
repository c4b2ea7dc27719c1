import NNCore

/// Every change a student can make to a race, as a value: the race's counterpart of
/// the playground's `Command`, applied by `RaceState.apply` at a step boundary and
/// logged with the race's session step, so a replay is the log fed back.
///
/// A command goes to every variant (play and pause, the pace, new weights, new data)
/// or to one (its own settings); variants are added (a copy of one) and removed.
package enum RaceLabCommand: Equatable, Sendable {
    /// A playground command for every variant: `play`, `pause`, `step`, `run`,
    /// `setPace`, `setSpeed`, `resetWeights`, `regenerateData` or `addPoint` (what
    /// keeps the variants on the same points and in lockstep). Others are refused.
    case all(Command)
    /// A playground command for the variant with this `id`: `configure` (its settings;
    /// a change of the data or the seed goes to every variant, which share their
    /// points), `resetWeights`, `setWeight`, or, from a race lesson, `restart` (a step's
    /// settings and fresh weights; new data likewise for every variant) and `watchGoal`
    /// (its part of the step's goal). Others are refused.
    case variant(id: Int, Command)
    /// A new variant, a copy of the one with this `id` as it is now (weights, history
    /// and all), named `name`: from here on it can be given other settings.
    case add(copyOf: Int, name: String)
    /// Drops the variant with this `id` (a race keeps at least two).
    case remove(id: Int)

    /// The `"kind"` written in JSON and in a refusal.
    package var kind: String {
        switch self {
        case .all(let command): return "all." + command.kind
        case .variant(_, let command): return "variant." + command.kind
        case .add: return "add"
        case .remove: return "remove"
        }
    }
}
