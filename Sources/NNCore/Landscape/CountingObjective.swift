/// What a population method (`GeneticAlgorithm`, `CMAES`, `SeparableCMAES`) minimises:
/// a loss for any point of its n-dimensional search space, and whether the search
/// should stop at once (a target reached). Only values: no method ever asks for a
/// gradient. A landscape function (`CountingObjective`) and the playground's network
/// (`NetworkObjective`) are both one.
package protocol PopulationObjective {
    /// f(x), counted as one evaluation.
    mutating func evaluate(_ x: [Double]) -> Double
    /// Whether an evaluated point has reached the target: the generation ends at once.
    var reachedTarget: Bool { get }
}

/// A function to minimise that counts its evaluations and notices when one reaches
/// a target loss, so every method measures "evaluations to reach f ≤ target" alike.
package struct CountingObjective: PopulationObjective {
    private let function: ([Double]) -> Double
    /// Stop as soon as an evaluated point has a loss at or below this.
    package let target: Double?
    /// Function evaluations so far.
    package private(set) var evaluations = 0
    /// The first evaluated point that reached the target, if one did.
    package private(set) var hit: (point: [Double], loss: Double)?

    package init(target: Double? = nil, _ function: @escaping ([Double]) -> Double) {
        self.function = function
        self.target = target
    }

    /// Whether an evaluated point has reached the target.
    package var reachedTarget: Bool { hit != nil }

    /// f(x), counted.
    package mutating func callAsFunction(_ x: [Double]) -> Double {
        let loss = function(x)
        evaluations += 1
        if hit == nil, let target, loss <= target { hit = (x, loss) }
        return loss
    }

    package mutating func evaluate(_ x: [Double]) -> Double { self(x) }

    /// f(x) for display only (a path's loss at a population's mean): not counted.
    package func uncounted(_ x: [Double]) -> Double { function(x) }
}

extension Double {
    /// The loss as population methods rank it: NaN counts as worst (+∞), so a
    /// diverged candidate is never selected and sorting stays well defined.
    var rankingKey: Double { isNaN ? .infinity : self }
}
