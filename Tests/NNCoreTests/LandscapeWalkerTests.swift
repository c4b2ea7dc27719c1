import Testing
@testable import NNCore

/// The lab's steppable walker: stepped by hand it gives the runner's report bit for bit
/// (the runner is the walker stepped to the end; this pins the lab's own stepping).
@Suite struct LandscapeWalkerTests {
    static let cases: [(LandscapeFunction.Kind, LandscapeMethod.Kind)] = [
        (.rosenbrock, .gd), (.rosenbrock, .momentum), (.ravine, .nesterov), (.himmelblau, .adagrad),
        (.beale, .rmsprop), (.rosenbrock, .adam), (.saddle, .newton), (.rastrigin, .ga), (.himmelblau, .cmaes),
    ]

    @Test(arguments: cases)
    func walkerFollowsTheRunnersPath(function kind: LandscapeFunction.Kind, method: LandscapeMethod.Kind) {
        let function = LandscapeFunction(kind)
        var settings = LandscapeMethod(kind: method, optimizer: OptimizerConfig(kind: method.optimizerKind ?? .sgd,
                                                                                   learningRate: method == .newton ? 1 : 0.002))
        settings.seed = 7
        let run = LandscapeRunner.run(function, method: settings, start: function.defaultStart, steps: 40)
        var walker = LandscapeWalker(function: function, method: settings, start: function.defaultStart)
        var path = [[walker.point[0], walker.point[1], walker.loss]]
        for _ in 0..<40 where walker.ending == nil {
            walker.step()
            if walker.lastStepMoved { path.append([walker.point[0], walker.point[1], walker.loss]) }
        }
        #expect(path.map { $0.map(\.bitPattern) } == run.path.map { $0.map(\.bitPattern) })
        #expect(walker.evaluations == run.evaluations)
        #expect(walker.gradientEvaluations == run.gradientEvaluations)
    }

    @Test func populationMethodsShowTheirCloud() {
        let function = LandscapeFunction(.himmelblau)
        var ga = LandscapeWalker(function: function, method: LandscapeMethod(kind: .ga, optimizer: OptimizerConfig()),
                                 start: [0, 0])
        ga.step()
        #expect(ga.cloud.count == 20)
        var cma = LandscapeWalker(function: function, method: LandscapeMethod(kind: .cmaes, optimizer: OptimizerConfig()),
                                  start: [0, 0])
        cma.step()
        #expect(cma.cloud.count == CMAES.defaultLambda(dimension: 2))
        #expect(cma.evaluations == 6 && cma.gradientEvaluations == 0)
        let d = cma.distribution
        #expect(d != nil && d!.mean == cma.point)
    }

    @Test func newtonOnAQuadraticLandsOnTheMinimumInOneStep() {
        let function = LandscapeFunction(.ravine, condition: 100)
        var walker = LandscapeWalker(function: function, method: .init(kind: .newton, optimizer: OptimizerConfig(learningRate: 1)),
                                     start: [-1.5, 1])
        walker.step()
        #expect(walker.point == [0, 0] && walker.loss == 0)
    }
}
