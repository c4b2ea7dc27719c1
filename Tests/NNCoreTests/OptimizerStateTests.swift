import Testing
@testable import NNCore

/// State handling: sizes, reconfigure, reset, and that the long-vector (vectorised)
/// loops give the same bits as one parameter at a time.
@Suite struct OptimizerStateTests {
    /// A deterministic, varied gradient for step `step` and parameter `i`.
    static func gradient(step: Int, count: Int) -> [Double] {
        (0..<count).map { (i: Int) -> Double in
            let k: Int = (i * 7 + step * 13) % 17 - 8
            return Double(k) / 5 + Double(step) * 1e-3
        }
    }

    @Test func buffersMatchTheKind() {
        for kind in OptimizerKind.allCases {
            let optimizer = Optimizer(config: OptimizerConfig(kind: kind), isWeight: [true, true, false])
            #expect(optimizer.parameterCount == 3)
            #expect(optimizer.stepCount == 0)
            switch kind {
            case .sgd, .momentum, .nesterov:
                #expect(optimizer.firstMoment == [0, 0, 0] && optimizer.secondMoment.isEmpty)
            case .adagrad, .rmsprop:
                #expect(optimizer.firstMoment.isEmpty && optimizer.secondMoment == [0, 0, 0])
            case .adam, .adamw:
                #expect(optimizer.firstMoment == [0, 0, 0] && optimizer.secondMoment == [0, 0, 0])
            case .ga, .cmaes: // no gradient, no per-parameter state: the trainer runs a population
                #expect(optimizer.firstMoment.isEmpty && optimizer.secondMoment.isEmpty)
            }
        }
    }

    @Test func changingHyperparametersKeepsTheState() {
        var optimizer = Optimizer(config: OptimizerConfig(kind: .adam), isWeight: [true, false])
        var p = [1.0, -2.0]
        for step in 0..<3 {
            optimizer.update(parameters: &p, gradient: Self.gradient(step: step, count: 2), learningRate: 0.01)
        }
        let before = optimizer
        var changed = optimizer.config
        changed.learningRate = 0.5
        changed.beta1 = 0.8
        optimizer.reconfigure(changed)
        #expect(optimizer.config == changed)
        #expect(optimizer.stepCount == 3)
        #expect(optimizer.firstMoment == before.firstMoment)
        #expect(optimizer.secondMoment == before.secondMoment)

        // The next step continues from the kept moments, using the new β₁ at t = 4.
        var q = p
        optimizer.update(parameters: &p, gradient: [0.5, 0.5], learningRate: 0.5)
        let m = before.firstMoment.map { 0.8 * $0 + 0.2 * 0.5 }
        #expect(abs(optimizer.firstMoment[0] - m[0]) < 1e-15 && abs(optimizer.firstMoment[1] - m[1]) < 1e-15)
        let v = before.secondMoment.map { 0.999 * $0 + 0.001 * 0.25 }
        for i in 0..<2 {
            let denominator = v[i].squareRoot() / (1 - 0.999 * 0.999 * 0.999 * 0.999).squareRoot() + 1e-8
            q[i] -= 0.5 / (1 - 0.8 * 0.8 * 0.8 * 0.8) * m[i] / denominator
            #expect(abs(p[i] - q[i]) <= 1e-14 * abs(q[i]))
        }
    }

    @Test func changingTheKindResetsTheState() {
        var optimizer = Optimizer(config: OptimizerConfig(kind: .adam), isWeight: [true, false])
        var p = [1.0, -2.0]
        optimizer.update(parameters: &p, gradient: [0.5, -0.25], learningRate: 0.01)
        #expect(optimizer.stepCount == 1)

        let rmsprop = OptimizerConfig(kind: .rmsprop)
        optimizer.reconfigure(rmsprop)
        #expect(optimizer == Optimizer(config: rmsprop, isWeight: [true, false]))
        #expect(optimizer.stepCount == 0)

        // The next update is exactly a fresh RMSProp's first update.
        var fresh = Optimizer(config: rmsprop, isWeight: [true, false])
        var q = p
        optimizer.update(parameters: &p, gradient: [0.5, -0.25], learningRate: 0.01)
        fresh.update(parameters: &q, gradient: [0.5, -0.25], learningRate: 0.01)
        #expect(p == q)
        #expect(optimizer == fresh)

        // Even between the SGD kinds: momentum → nesterov starts a new velocity.
        var sgd = Optimizer(config: OptimizerConfig(kind: .momentum), isWeight: [true])
        var w = [1.0]
        sgd.update(parameters: &w, gradient: [1], learningRate: 0.1)
        sgd.reconfigure(OptimizerConfig(kind: .nesterov))
        #expect(sgd.firstMoment == [0] && !sgd.hasVelocity && sgd.stepCount == 0)
    }

    @Test func momentumSwitchedOnLaterStartsFromTheGradient() {
        // As PyTorch: plain SGD steps create no velocity, so the first step with μ > 0 sets b ← g.
        var optimizer = Optimizer(config: OptimizerConfig(kind: .sgd), isWeight: [true])
        var p = [1.0]
        optimizer.update(parameters: &p, gradient: [0.5], learningRate: 0.5) // p = 0.75
        optimizer.reconfigure(OptimizerConfig(kind: .sgd, momentum: 0.5))
        optimizer.update(parameters: &p, gradient: [0.25], learningRate: 0.5) // b = 0.25, p = 0.625
        #expect(optimizer.firstMoment == [0.25])
        #expect(p == [0.625])
        optimizer.update(parameters: &p, gradient: [0.25], learningRate: 0.5) // b = 0.375, p = 0.4375
        #expect(p == [0.4375])
        #expect(optimizer.stepCount == 3)
    }

    @Test func resetZeroesEverything() {
        for kind in OptimizerKind.gradientKinds {
            let config = OptimizerConfig(kind: kind)
            var optimizer = Optimizer(config: config, isWeight: [true, false, true])
            var p = [1.0, 2.0, 3.0]
            for step in 0..<4 {
                optimizer.update(parameters: &p, gradient: Self.gradient(step: step, count: 3), learningRate: 0.1)
            }
            #expect(optimizer != Optimizer(config: config, isWeight: [true, false, true]))
            optimizer.reset()
            #expect(optimizer == Optimizer(config: config, isWeight: [true, false, true]))
        }
    }

    /// 37 parameters go through the vectorised loops and their scalar tails; each
    /// must get exactly the bits that a one-parameter optimizer computes for it.
    @Test func longVectorsGiveTheSameBitsAsOneParameterAtATime() {
        let count = 37
        let isWeight = (0..<count).map { $0 % 5 != 4 }
        for kind in OptimizerKind.gradientKinds {
            let config = OptimizerConfig(kind: kind, weightDecay: 0.05)
            var whole = Optimizer(config: config, isWeight: isWeight)
            var singles = isWeight.map { Optimizer(config: config, isWeight: [$0]) }
            var p = (0..<count).map { Double($0) / 10 - 1.5 }
            var q = p
            for step in 0..<6 {
                let g = Self.gradient(step: step, count: count)
                p.withUnsafeMutableBufferPointer { pb in
                    g.withUnsafeBufferPointer { gb in whole.update(parameters: pb, gradient: gb, learningRate: 0.05) }
                }
                for i in 0..<count {
                    var one = [q[i]]
                    singles[i].update(parameters: &one, gradient: [g[i]], learningRate: 0.05)
                    q[i] = one[0]
                }
            }
            #expect(p.map(\.bitPattern) == q.map(\.bitPattern), "\(kind)")
        }
    }

    @Test func anEmptyParameterVectorIsFine() {
        var optimizer = Optimizer(config: OptimizerConfig(kind: .adamw), isWeight: [])
        var p: [Double] = []
        optimizer.update(parameters: &p, gradient: [], learningRate: 0.1)
        #expect(optimizer.stepCount == 1)
        #expect(p.isEmpty)
    }
}
