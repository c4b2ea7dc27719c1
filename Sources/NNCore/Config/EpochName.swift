/// What one round of training is called on screen and in reports: an epoch (every
/// training point seen once) for the gradient optimizers, a generation (one step of the
/// population) for GA and CMA-ES, whose step is both.
package struct EpochName: Equatable, Sendable {
    /// `epoch`, `generation`.
    package let singular: String
    /// `epochs`, `generations`.
    package let plural: String
    /// The narrow form of a rate: `ep/s`, `gen/s`.
    package let short: String

    package static let epoch = EpochName(singular: "epoch", plural: "epochs", short: "ep")
    package static let generation = EpochName(singular: "generation", plural: "generations", short: "gen")

    /// What a common axis of runs under `names` is called: their name when they agree,
    /// `epoch/gen` when GA or CMA-ES race a gradient optimizer (each counts its own).
    package static func common(_ names: [EpochName]) -> EpochName {
        guard let first = names.first, names.allSatisfy({ $0 == first }) else {
            return EpochName(singular: "epoch/gen", plural: "epochs/gens", short: "ep/gen")
        }
        return first
    }

    /// `1 epoch`, `3 generations`.
    package func count(_ n: Int) -> String { "\(NumberText.grouped(n)) \(n == 1 ? singular : plural)" }
}

extension OptimizerKind {
    /// What a round of training under this rule is called.
    package var epochName: EpochName { isGradientFree ? .generation : .epoch }
}
