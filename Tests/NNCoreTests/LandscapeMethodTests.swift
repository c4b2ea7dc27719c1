import Foundation
import Testing
@testable import NNCore

/// The landscape lab's methods: the gradient methods follow the textbook update rules
/// (worked by hand, or written out here independently of the core), Newton's method
/// solves a quadratic in one step, and the population methods never use a gradient.
@Suite struct LandscapeMethodTests {
    func method(_ kind: LandscapeMethod.Kind, lr: Double, momentum: Double? = nil) -> LandscapeMethod {
        LandscapeMethod(kind: kind, optimizer: OptimizerConfig(kind: kind.optimizerKind ?? .sgd, learningRate: lr,
                                                               momentum: momentum))
    }

    /// The iterates (x, y) after the start.
    func iterates(_ run: LandscapeRun) -> [[Double]] { run.path.dropFirst().map { [$0[0], $0[1]] } }

    // Ravine ½(x² + 2y²), gradient (x, 2y), from (1, 1) at lr = ¼: every value is dyadic.

    @Test func gradientDescentByHand() {
        // p ← p − ¼·(x, 2y):  (1, 1) → (0.75, 0.5) → (0.5625, 0.25) → (0.421875, 0.125)
        let run = LandscapeRunner.run(LandscapeFunction(.ravine, condition: 2), method: method(.gd, lr: 0.25),
                                      start: [1, 1], steps: 3)
        #expect(iterates(run) == [[0.75, 0.5], [0.5625, 0.25], [0.421875, 0.125]])
        #expect(run.path.map { $0[2] } == [1.5, 0.53125, 0.220703125, 0.1046142578125])
    }

    @Test func heavyBallMomentumByHand() {
        // b ← g first, then b ← ½b + g; p ← p − ¼b:
        //   g = (1, 2):          b = (1, 2),          p = (0.75, 0.5)
        //   g = (0.75, 1):       b = (1.25, 2),       p = (0.4375, 0)
        //   g = (0.4375, 0):     b = (1.0625, 1),     p = (0.171875, −0.25)
        let run = LandscapeRunner.run(LandscapeFunction(.ravine, condition: 2),
                                      method: method(.momentum, lr: 0.25, momentum: 0.5), start: [1, 1], steps: 3)
        #expect(iterates(run) == [[0.75, 0.5], [0.4375, 0], [0.171875, -0.25]])
    }

    @Test func nesterovByHand() {
        // b as momentum; p ← p − ¼(g + ½b):
        //   g = (1, 2):          b = (1, 2),          d = (1.5, 3),        p = (0.625, 0.25)
        //   g = (0.625, 0.5):    b = (1.125, 1.5),    d = (1.1875, 1.25),  p = (0.328125, −0.0625)
        let run = LandscapeRunner.run(LandscapeFunction(.ravine, condition: 2),
                                      method: method(.nesterov, lr: 0.25, momentum: 0.5), start: [1, 1], steps: 2)
        #expect(iterates(run) == [[0.625, 0.25], [0.328125, -0.0625]])
    }

    /// The adaptive rules written out as in their papers (with `pow` and plain
    /// arithmetic), three steps on Rosenbrock from (−1.5, 2).
    @Test(arguments: [LandscapeMethod.Kind.adagrad, .rmsprop, .adam])
    func adaptiveMethodsFollowTheTextbook(kind: LandscapeMethod.Kind) {
        let f = LandscapeFunction(.rosenbrock)
        let lr = 0.01
        var p = [-1.5, 2.0], s = [0.0, 0.0], m = [0.0, 0.0]
        var expected: [[Double]] = []
        for t in 1...3 {
            let g = f.gradient(p)
            for i in 0..<2 {
                switch kind {
                case .adagrad:
                    s[i] += g[i] * g[i]
                    p[i] -= lr * g[i] / (s[i].squareRoot() + 1e-10)
                case .rmsprop:
                    s[i] = 0.99 * s[i] + 0.01 * g[i] * g[i]
                    p[i] -= lr * g[i] / (s[i].squareRoot() + 1e-8)
                default:
                    m[i] = 0.9 * m[i] + 0.1 * g[i]
                    s[i] = 0.999 * s[i] + 0.001 * g[i] * g[i]
                    let mHat = m[i] / (1 - pow(0.9, Double(t))), vHat = s[i] / (1 - pow(0.999, Double(t)))
                    p[i] -= lr * mHat / (vHat.squareRoot() + 1e-8)
                }
            }
            expected.append(p)
        }
        let run = LandscapeRunner.run(f, method: method(kind, lr: lr), start: [-1.5, 2], steps: 3)
        for (got, want) in zip(iterates(run), expected) {
            for i in 0..<2 { #expect(abs(got[i] - want[i]) <= 1e-13 * abs(want[i]), "\(kind): \(got) vs \(want)") }
        }
        #expect(run.gradientEvaluations == 3 && run.evaluations == 4)
    }

    @Test func theGradientMethodsAreThePlaygroundsOptimizer() {
        // Same bits as the playground's Optimizer updating a two-weight vector.
        let f = LandscapeFunction(.himmelblau)
        var optimizer = Optimizer(config: OptimizerConfig(kind: .adam, learningRate: 0.05), isWeight: [true, true])
        var p = [0.5, -0.5]
        var expected: [[Double]] = []
        for _ in 0..<50 {
            optimizer.update(parameters: &p, gradient: f.gradient(p), learningRate: 0.05)
            expected.append(p)
        }
        let run = LandscapeRunner.run(f, method: method(.adam, lr: 0.05), start: [0.5, -0.5], steps: 50)
        #expect(iterates(run) == expected)
    }

    @Test func newtonSolvesAQuadraticInOneStep() {
        var newton = method(.newton, lr: 1)
        let run = LandscapeRunner.run(LandscapeFunction(.ravine, condition: 1000), method: newton,
                                      start: [1.5, -2], steps: 1)
        #expect(iterates(run) == [[0, 0]])
        #expect(run.hessianEvaluations == 1)
        // Damping λ shortens the step: (H + λI)⁻¹∇f = (x/(1 + λ), κy/(κ + λ)).
        newton.damping = 1
        let damped = LandscapeRunner.run(LandscapeFunction(.ravine, condition: 3), method: newton,
                                         start: [2, 4], steps: 1)
        #expect(iterates(damped) == [[1, 1]])
    }

    @Test func newtonIsDrawnToTheSaddle() {
        // From (0.5, 0.1) Newton lands on the saddle (0, 0); gradient descent rolls to the minimum (0, 1).
        let f = LandscapeFunction(.saddle)
        let newton = LandscapeRunner.run(f, method: method(.newton, lr: 1), start: [0.5, 0.1], steps: 6)
        #expect(abs(newton.final[0]) < 1e-9 && abs(newton.final[1]) < 1e-9)
        let gd = LandscapeRunner.run(f, method: method(.gd, lr: 0.1), start: [0.5, 0.1], steps: 500)
        #expect(f.nearestMinimum(to: gd.final).distance < 1e-6 && gd.final[1] > 0)
    }

    @Test func newtonStopsOnASingularMatrix() {
        // Rosenbrock's H = [[1200x² − 400y + 2, −400x], [−400x, 200]] is [[0, 0], [0, 200]] at (0, 0.005).
        let run = LandscapeRunner.run(LandscapeFunction(.rosenbrock), method: method(.newton, lr: 1),
                                      start: [0, 0.005], steps: 10)
        #expect(run.ending == .singular && run.steps == 0)
    }

    @Test(arguments: [LandscapeMethod.Kind.ga, .cmaes])
    func populationMethodsNeverUseAGradient(kind: LandscapeMethod.Kind) {
        var m = method(kind, lr: 0.01)
        m.seed = 3
        let run = LandscapeRunner.run(LandscapeFunction(.himmelblau), method: m, start: [0, 0], steps: 60)
        #expect(run.gradientEvaluations == 0 && run.hessianEvaluations == 0)
        #expect(run.evaluations > 60)
        #expect(run.pathPoint == (kind == .ga ? .best : .mean))
        // CMA-ES homes in; the GA's coarse mutations get close.
        #expect(LandscapeFunction(.himmelblau).nearestMinimum(to: run.final).distance < (kind == .ga ? 0.1 : 1e-3))
        // Deterministic from the seed, and the seed matters.
        #expect(LandscapeRunner.run(LandscapeFunction(.himmelblau), method: m, start: [0, 0], steps: 60).path == run.path)
        m.seed = 4
        #expect(LandscapeRunner.run(LandscapeFunction(.himmelblau), method: m, start: [0, 0], steps: 60).path != run.path)
    }

    @Test func theGeneticAlgorithmEvaluatesOnlyItsChildren() {
        // Generation 0 evaluates all N; each later one the N − ⌈N/2⌉ children.
        var m = method(.ga, lr: 0.01)
        m.population = 9
        let run = LandscapeRunner.run(LandscapeFunction(.rastrigin), method: m, start: [2, 2], steps: 5)
        #expect(run.evaluations == 9 + 4 * 4)
        // The best never gets worse (the fittest survive).
        let losses = run.path.dropFirst().map { $0[2] }
        #expect(zip(losses, losses.dropFirst()).allSatisfy { $1 <= $0 })
    }

    @Test func aTargetStopsAtTheFirstPointThatReachesIt() {
        let f = LandscapeFunction(.ravine, condition: 2)
        let run = LandscapeRunner.run(f, method: method(.gd, lr: 0.25), start: [1, 1], steps: 100, target: 0.25)
        // Losses 1.5, 0.53125, 0.220703125: the second iterate is the first ≤ 0.25.
        #expect(run.ending == .target && run.steps == 2 && run.evaluations == 3)
        #expect(run.final == [0.5625, 0.25, 0.220703125])
        var cma = method(.cmaes, lr: 0.01)
        cma.seed = 5
        let population = LandscapeRunner.run(LandscapeFunction(.rosenbrock), method: cma, start: [-1.5, 2],
                                             steps: 10_000, target: 1e-8)
        #expect(population.ending == .target && population.final[2] <= 1e-8)
        #expect(population.evaluations < 6 * population.steps + 1)
    }

    @Test func divergenceEndsTheRun() {
        // Gradient descent on the ravine diverges when lr > 2/κ.
        let run = LandscapeRunner.run(LandscapeFunction(.ravine, condition: 100), method: method(.gd, lr: 0.5),
                                      start: [1, 1], steps: 10_000)
        #expect(run.ending == .diverged && run.steps < 10_000)
    }
}
