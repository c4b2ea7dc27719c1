/// Walks a method over a landscape function from a start, for a number of steps (one
/// update, Newton step or generation each), stopping early at a target loss, on
/// divergence, or when Newton's matrix is singular.
///
/// The gradient methods are the playground's `Optimizer` itself, driven with the
/// function's gradient on a two-element parameter vector: one implementation of each
/// update rule, for networks and landscapes alike.
package enum LandscapeRunner {
    package static func run(_ function: LandscapeFunction, method: LandscapeMethod, start: [Double],
                            steps: Int, target: Double? = nil) -> LandscapeRun {
        precondition(start.count == 2 && steps >= 0)
        var objective = CountingObjective(target: target) { function.value($0) }
        var run = LandscapeRun()
        var gradients = 0, hessians = 0, singular = false
        switch method.kind {
        case .gd, .momentum, .nesterov, .adagrad, .rmsprop, .adam:
            var optimizer = Optimizer(config: method.optimizer, isWeight: [true, true])
            walk(&run, &objective, start: start, steps: steps) { p in
                let g = function.gradient(p)
                gradients += 1
                optimizer.update(parameters: &p, gradient: g, learningRate: method.optimizer.learningRate)
                return true
            }
        case .newton:
            walk(&run, &objective, start: start, steps: steps) { p in
                let g = function.gradient(p), h = function.hessian(p)
                gradients += 1
                hessians += 1
                guard let d = NewtonStep.direction(gradient: g, hessian: h, damping: method.damping) else {
                    singular = true
                    return false
                }
                let lr = method.optimizer.learningRate
                p = [p[0] - lr * d[0], p[1] - lr * d[1]]
                return true
            }
        case .ga:
            var ga = GeneticAlgorithm(start: start, populationSize: method.effectivePopulation,
                                      mutationRate: method.mutationRate, sigma: method.effectiveSigma, seed: method.seed)
            run.pathPoint = .best
            evolve(&run, &objective, start: start, steps: steps) { objective in
                ga.step(&objective)
                return ga.best.map { ($0.point, $0.loss) } ?? (start, .nan)
            }
        case .cmaes:
            var cma = CMAES(mean: start, sigma: method.effectiveSigma, lambda: method.population, seed: method.seed)
            run.pathPoint = .mean
            evolve(&run, &objective, start: start, steps: steps) { objective in
                cma.step(&objective)
                // Converged (pycma's tolx): no coordinate spreads beyond 1e-12 any more.
                guard cma.spread >= 1e-12 || !cma.spread.isFinite else { return nil }
                return (cma.mean, objective.uncounted(cma.mean))
            }
        }
        run.evaluations = objective.evaluations
        run.gradientEvaluations = gradients
        run.hessianEvaluations = hessians
        if singular { run.ending = .singular }
        if let hit = objective.hit {
            run.ending = .target
            run.targetPoint = [hit.point[0], hit.point[1], hit.loss]
        }
        return run
    }

    /// An iterative method: the start and each iterate evaluated (and counted);
    /// `update` moves the point and returns false to stop.
    private static func walk(_ run: inout LandscapeRun, _ objective: inout CountingObjective, start: [Double],
                             steps: Int, update: (inout [Double]) -> Bool) {
        var p = start
        run.path.append([p[0], p[1], objective(p)])
        while run.steps < steps, !objective.reachedTarget, run.ending == .steps {
            guard update(&p) else { return }
            run.steps += 1
            let loss = objective(p)
            run.path.append([p[0], p[1], loss])
            if !(p[0].isFinite && p[1].isFinite && loss.isFinite) { run.ending = .diverged }
        }
    }

    /// A population method: the start shown with its loss (not counted), then one
    /// generation per step, shown by the point `generation` returns (nil: converged).
    private static func evolve(_ run: inout LandscapeRun, _ objective: inout CountingObjective, start: [Double],
                               steps: Int, generation: (inout CountingObjective) -> ([Double], Double)?) {
        run.path.append([start[0], start[1], objective.uncounted(start)])
        while run.steps < steps, !objective.reachedTarget {
            let shown = generation(&objective)
            run.steps += 1
            guard let (p, loss) = shown else { run.ending = .converged; return }
            run.path.append([p[0], p[1], loss])
            if !(p[0].isFinite && p[1].isFinite && loss.isFinite) { run.ending = .diverged; return }
        }
    }
}
