/// One method walking one surface, one iteration at a time: the steppable form of
/// `LandscapeRunner.run` for the landscape lab, which advances several walkers in
/// lockstep and draws them between steps.
///
/// It runs exactly the runner's rules (the playground's `Optimizer` for the gradient
/// methods, `NewtonStep`, `GeneticAlgorithm`, `CMAES`), so a walker stepped k times
/// has the path of `LandscapeRunner.run(…, steps: k)` bit for bit (tested). On top it
/// keeps what a picture needs: the points a population method evaluated in its last
/// generation, and CMA-ES's distribution.
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
    /// Why the walk stopped; nil while it goes on.
    package private(set) var ending: LandscapeRun.Ending?
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

    /// A walk of `method` on `function` from `start`, before its first iteration (a
    /// gradient method's start is evaluated and counted, as in the runner).
    package init(function: LandscapeFunction, method: LandscapeMethod, start: [Double]) {
        precondition(start.count == 2)
        self.function = function
        self.method = method
        self.start = start
        point = start
        loss = function.value(start)
        switch method.kind {
        case .gd, .momentum, .nesterov, .adagrad, .rmsprop, .adam:
            rule = .gradient(Optimizer(config: method.optimizer, isWeight: [true, true]))
            evaluations = 1
        case .newton:
            rule = .newton
            evaluations = 1
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
        switch rule {
        case .gradient(var optimizer):
            rule = .newton  // releases the optimizer's state so the update does not copy it
            var p = point
            optimizer.update(parameters: &p, gradient: function.gradient(p), learningRate: method.optimizer.learningRate)
            rule = .gradient(optimizer)
            gradientEvaluations += 1
            moved(to: p, loss: function.value(p), counted: 1)
        case .newton:
            let g = function.gradient(point), h = function.hessian(point)
            gradientEvaluations += 1
            guard let d = NewtonStep.direction(gradient: g, hessian: h, damping: method.damping) else {
                ending = .singular
                return
            }
            let lr = method.optimizer.learningRate
            let p = [point[0] - lr * d[0], point[1] - lr * d[1]]
            moved(to: p, loss: function.value(p), counted: 1)
        case .ga(var ga):
            rule = .newton
            let function = self.function
            var objective = CountingObjective { function.value($0) }
            ga.step(&objective)
            cloud = ga.population.map(\.point)
            let best = ga.best.map { ($0.point, $0.loss) } ?? (start, Double.nan)
            rule = .ga(ga)
            moved(to: best.0, loss: best.1, counted: objective.evaluations)
        case .cmaes(var cma):
            rule = .newton
            let sampled = PointLog(), function = self.function
            var objective = CountingObjective { x in
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
                return
            }
            moved(to: cma.mean, loss: function.value(cma.mean), counted: objective.evaluations)
        }
    }

    /// Ends an iteration at `p`, marking divergence when a coordinate or the loss is
    /// no longer finite.
    private mutating func moved(to p: [Double], loss newLoss: Double, counted: Int) {
        iterations += 1
        evaluations += counted
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
