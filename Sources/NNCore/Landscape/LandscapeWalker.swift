/// One method walking one surface, one iteration at a time: the landscape lab steps
/// several in lockstep and draws them between steps; `LandscapeRunner.run` steps one
/// to the end for the command line's report.
///
/// The gradient methods are the playground's `Optimizer` itself, driven with the
/// function's gradient on a two-element parameter vector (one implementation of each
/// update rule, for networks and landscapes alike); then `NewtonStep`,
/// `GeneticAlgorithm` and `CMAES`. Besides the point it keeps what a picture needs:
/// the points a population method evaluated in its last generation, and CMA-ES's
/// distribution.
package struct LandscapeWalker: Sendable {
    package let function: LandscapeFunction
    package let method: LandscapeMethod
    package let start: [Double]
    /// The point the path shows now: the iterate, GA's best, CMA-ES's mean.
    package private(set) var point: [Double]
    /// f at `point`.
    package private(set) var loss: Double
    /// Updates, Newton steps or generations done.
    package private(set) var iterations = 0
    /// Function values computed (for a population method, its members'; the path's
    /// loss at CMA-ES's mean is for display and not counted, as in the runner).
    package private(set) var evaluations = 0
    package private(set) var gradientEvaluations = 0
    package private(set) var hessianEvaluations = 0
    /// Stop as soon as an evaluated point has a loss at or below this (nil: never).
    package let target: Double?
    /// The first evaluated point that reached `target`, (x, y, loss); the walk then ends.
    package private(set) var targetPoint: [Double]?
    /// Why the walk stopped; nil while it goes on.
    package private(set) var ending: LandscapeRun.Ending?
    /// Whether the last iteration moved the shown point (not so when Newton's matrix
    /// was singular or CMA-ES had converged).
    package private(set) var lastStepMoved = false
    /// GA: the population after the last generation; CMA-ES: the λ points it sampled.
    package private(set) var cloud: [[Double]] = []

    private var rule: Rule

    /// The per-method state: which rule moves the point.
    private enum Rule: Sendable {
        case gradient(Optimizer)
        case newton
        case ga(GeneticAlgorithm)
        case cmaes(CMAES)
    }

    /// A walk of `method` on `function` from `start`, before its first iteration. An
    /// iterative method's start is evaluated and counted (and may already reach the
    /// target); a population's is shown with its loss, not counted.
    package init(function: LandscapeFunction, method: LandscapeMethod, start: [Double], target: Double? = nil) {
        precondition(start.count == 2)
        self.function = function
        self.method = method
        self.start = start
        self.target = target
        point = start
        loss = function.value(start)
        switch method.kind {
        case .gd, .momentum, .nesterov, .adagrad, .rmsprop, .adam:
            rule = .gradient(Optimizer(config: method.optimizer, isWeight: [true, true]))
            evaluations = 1
            noteTarget(start, loss)
        case .newton:
            rule = .newton
            evaluations = 1
            noteTarget(start, loss)
        case .ga:
            rule = .ga(GeneticAlgorithm(start: start, populationSize: method.effectivePopulation,
                                          mutationRate: method.mutationRate, sigma: method.effectiveSigma,
                                          seed: method.seed))
        case .cmaes:
            rule = .cmaes(CMAES(mean: start, sigma: method.effectiveSigma, lambda: method.population,
                                  seed: method.seed))
        }
    }

    /// CMA-ES's mean, step size σ and covariance C (the search distribution
    /// N(m, σ²C)); nil for the other methods.
    package var distribution: (mean: [Double], sigma: Double, covariance: [[Double]])? {
        guard case .cmaes(let cma) = rule else { return nil }
        return (cma.mean, cma.sigma, cma.covariance)
    }

    /// One iteration (nothing once the walk has ended).
    package mutating func step() {
        guard ending == nil else { return }
        lastStepMoved = false
        let function = self.function, target = self.target
        switch rule {
        case .gradient(var optimizer):
            rule = .newton  // releases the optimizer's state so the update does not copy it
            var p = point
            optimizer.update(parameters: &p, gradient: function.gradient(p), learningRate: method.optimizer.learningRate)
            rule = .gradient(optimizer)
            gradientEvaluations += 1
            moved(to: p, loss: function.value(p), counted: 1)
            noteTarget(p, loss)
        case .newton:
            let g = function.gradient(point), h = function.hessian(point)
            gradientEvaluations += 1
            hessianEvaluations += 1
            guard let d = NewtonStep.direction(gradient: g, hessian: h, damping: method.damping) else {
                ending = .singular
                return
            }
            let lr = method.optimizer.learningRate
            let p = [point[0] - lr * d[0], point[1] - lr * d[1]]
            moved(to: p, loss: function.value(p), counted: 1)
            noteTarget(p, loss)
        case .ga(var ga):
            rule = .newton
            var objective = CountingObjective(target: target) { function.value($0) }
            ga.step(&objective)
            cloud = ga.population.map(\.point)
            let best = ga.best.map { ($0.point, $0.loss) } ?? (start, Double.nan)
            rule = .ga(ga)
            moved(to: best.0, loss: best.1, counted: objective.evaluations)
            if let hit = objective.hit { reach(hit.point, hit.loss) }
        case .cmaes(var cma):
            rule = .newton
            let sampled = PointLog()
            var objective = CountingObjective(target: target) { x in
                sampled.points.append(x)
                return function.value(x)
            }
            cma.step(&objective)
            cloud = sampled.points
            rule = .cmaes(cma)
            // Converged (pycma's tolx): no coordinate spreads beyond 1e-12 any more.
            guard cma.spread >= 1e-12 || !cma.spread.isFinite else {
                iterations += 1
                evaluations += objective.evaluations
                ending = .converged
                if let hit = objective.hit { reach(hit.point, hit.loss) }
                return
            }
            moved(to: cma.mean, loss: function.value(cma.mean), counted: objective.evaluations)
            if let hit = objective.hit { reach(hit.point, hit.loss) }
        }
    }

    /// Ends the walk at the target if the evaluated point `p` reached it.
    private mutating func noteTarget(_ p: [Double], _ value: Double) {
        if let target, value <= target { reach(p, value) }
    }

    private mutating func reach(_ p: [Double], _ value: Double) {
        guard targetPoint == nil else { return }
        targetPoint = [p[0], p[1], value]
        if ending == nil || ending == .converged { ending = .target }
    }

    /// Ends an iteration at `p`, marking divergence when a coordinate or the loss is
    /// no longer finite.
    private mutating func moved(to p: [Double], loss newLoss: Double, counted: Int) {
        iterations += 1
        evaluations += counted
        lastStepMoved = true
        point = p
        loss = newLoss
        if !(p[0].isFinite && p[1].isFinite && newLoss.isFinite) { ending = .diverged }
    }
}

/// The points a population method evaluated during one generation, collected by the
/// objective's closure (a reference, as the closure cannot capture an `inout`).
private final class PointLog {
    var points: [[Double]] = []
}
