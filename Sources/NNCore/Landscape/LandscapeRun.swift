/// One walk of a method over a landscape function: the path it took and what it cost.
package struct LandscapeRun: Sendable {
    /// Which point of a population the path shows.
    package enum PathPoint: String, Sendable {
        /// The method's own iterate (gradient methods, Newton).
        case iterate
        /// The population's fittest member so far (GA).
        case best
        /// The distribution's mean (CMA-ES); its loss is computed for the path, not counted.
        case mean
    }

    /// Why the run ended.
    package enum Ending: String, Sendable {
        case steps
        case target
        /// A coordinate or the loss is no longer a finite number.
        case diverged
        /// Newton's matrix H + λI cannot be inverted.
        case singular
        /// CMA-ES's search has shrunk to nothing (σ times the largest √eigenvalue of C
        /// below 1e-12, pycma's `tolx`): it sits on a minimum, perhaps a local one.
        case converged
    }

    /// (x, y, loss) of the start and after every step.
    package var path: [[Double]] = []
    package var pathPoint: PathPoint = .iterate
    /// Function values computed by the method (the path's iterates, or a population's members).
    package var evaluations = 0
    package var gradientEvaluations = 0
    package var hessianEvaluations = 0
    package var steps = 0
    package var ending: Ending = .steps
    /// The first evaluated point with loss ≤ target, if one was.
    package var targetPoint: [Double]?

    /// The last point of the path (the target point when the target was reached).
    package var final: [Double] {
        if let targetPoint { return targetPoint }
        return path.last ?? []
    }
}
