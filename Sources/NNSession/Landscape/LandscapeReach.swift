import NNCore

/// When a walk counts as having reached a minimum: the point's loss is within
/// `tolerance` of the loss at the nearest of the surface's global minima,
///
///     f(p) − f(m*) ≤ 10⁻⁶,        m* = the global minimum nearest p,
///
/// so a method resting in one of Rastrigin's local dips has not reached the minimum,
/// and on Himmelblau the minimum reached is the one the point sits by.
package enum LandscapeReach {
    /// How far above the minimum's loss still counts as there.
    package static let tolerance = 1e-6

    /// The index (into `function.minima`) of the minimum `point` has reached, or nil.
    package static func minimum(of function: LandscapeFunction, at point: [Double], loss: Double) -> Int? {
        guard loss.isFinite, point.count == 2 else { return nil }
        let nearest = function.nearestMinimum(to: point).minimum
        guard let index = function.minima.firstIndex(of: nearest) else { return nil }
        return loss - function.value(nearest) <= tolerance ? index : nil
    }
}
