/// Walks a method over a landscape function from a start, for a number of steps (one
/// update, Newton step or generation each), stopping early at a target loss, on
/// divergence, when Newton's matrix is singular or when CMA-ES has converged: a
/// `LandscapeWalker` stepped to the end, its path collected for the report.
package enum LandscapeRunner {
    package static func run(_ function: LandscapeFunction, method: LandscapeMethod, start: [Double],
                            steps: Int, target: Double? = nil) -> LandscapeRun {
        precondition(start.count == 2 && steps >= 0)
        var walker = LandscapeWalker(function: function, method: method, start: start, target: target)
        var run = LandscapeRun()
        run.pathPoint = method.kind == .ga ? .best : method.kind == .cmaes ? .mean : .iterate
        run.path.append([start[0], start[1], walker.loss])
        while walker.iterations < steps, walker.ending == nil {
            walker.step()
            // A singular Newton matrix or a converged search does not move: no new point.
            if walker.lastStepMoved { run.path.append([walker.point[0], walker.point[1], walker.loss]) }
        }
        run.steps = walker.iterations
        run.evaluations = walker.evaluations
        run.gradientEvaluations = walker.gradientEvaluations
        run.hessianEvaluations = walker.hessianEvaluations
        run.ending = walker.ending ?? .steps
        run.targetPoint = walker.targetPoint
        return run
    }
}
