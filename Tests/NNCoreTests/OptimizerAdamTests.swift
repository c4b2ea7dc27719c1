import Testing
@testable import NNCore

private func expectClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-15,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
        #expect(abs(a - e) <= relative * abs(e), "\(a) vs \(e)", sourceLocation: sourceLocation)
    }
}

@Suite struct OptimizerAdamTests {
    let b1 = 0.9, b2 = 0.999, eps = 1e-8 // PyTorch's defaults

    @Test func firstStepMovesEachParameterByTheLearningRate() {
        // Step 1: m = (1−β₁)g, v = (1−β₂)g², so m̂ = g, v̂ = g² and
        //   p ← p − lr·g/(|g| + ε) ≈ p − lr·sign(g), whatever the size of g.
        let lr = 0.001
        var optimizer = Optimizer(config: OptimizerConfig(kind: .adam), isWeight: [true, true, false])
        var p = [1.0, -2.0, 0.5]
        let g = [0.5, -0.25, 1e-3]
        optimizer.update(parameters: &p, gradient: g, learningRate: lr)
        let moved = [p[0] - 1, p[1] + 2, p[2] - 0.5]
        for i in 0..<3 {
            #expect(abs(moved[i] + lr * (g[i] > 0 ? 1.0 : -1.0)) <= lr * eps / abs(g[i]) * 1.01 + 1e-15)
        }
        // The exact formula, with the bias corrections 1 − β₁ = 0.1 and 1 − β₂ = 0.001:
        //   p = 1 − (lr/0.1)·(0.1·0.5) / (√(0.001·0.25)/√0.001 + ε) = 1 − 0.001·0.5/(0.5 + ε)
        let expected = (0..<3).map { i in
            let m = (1 - b1) * g[i], v = (1 - b2) * g[i] * g[i]
            return [1.0, -2.0, 0.5][i] - (lr / (1 - b1)) * m / (v.squareRoot() / (1 - b2).squareRoot() + eps)
        }
        expectClose(p, expected)
        expectClose(p, [1 - 0.0005 / (0.5 + eps), -2 + 0.00025 / (0.25 + eps), 0.5 - 1e-6 / (1e-3 + eps)])
    }

    @Test func adamSecondAndThirdSteps() {
        let lr = 0.001
        var optimizer = Optimizer(config: OptimizerConfig(kind: .adam), isWeight: [true, false])
        var p = [1.0, -2.0]
        let gs: [[Double]] = [[0.5, -0.25], [-0.3, 0.8], [0.1, 0.2]]
        // Hand recurrence: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
        //   p ← p − lr/(1−β₁ᵗ) · m / (√v/√(1−β₂ᵗ) + ε),  β₁ᵗ = 0.9, 0.81, 0.729; β₂ᵗ = 0.999, 0.998001, 0.997002999
        var m = [0.0, 0.0], v = [0.0, 0.0], q = p
        let b1t = [0.9, 0.81, 0.729], b2t = [0.999, 0.998001, 0.997002999]
        for (t, g) in gs.enumerated() {
            optimizer.update(parameters: &p, gradient: g, learningRate: lr)
            for i in 0..<2 {
                m[i] = b1 * m[i] + (1 - b1) * g[i]
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                q[i] -= lr / (1 - b1t[t]) * m[i] / (v[i].squareRoot() / (1 - b2t[t]).squareRoot() + eps)
            }
            expectClose(optimizer.firstMoment, m, relative: 1e-14)
            expectClose(optimizer.secondMoment, v, relative: 1e-14)
            expectClose(p, q)
        }
        #expect(optimizer.stepCount == 3)
    }

    @Test func adamWDecaysWeightsButNotBiases() {
        // With a zero gradient the Adam step is 0/(0 + ε) = 0, so only the decay acts:
        //   weight ← w·(1 − lr·λ) = 1·(1 − 0.1·0.1) = 0.99, bias unchanged.
        let config = OptimizerConfig(kind: .adamw, weightDecay: 0.1)
        var optimizer = Optimizer(config: config, isWeight: [true, false, true])
        var p = [1.0, -2.0, -4.0]
        optimizer.update(parameters: &p, gradient: [0, 0, 0], learningRate: 0.1)
        #expect(p == [1.0 * (1 - 0.1 * 0.1), -2.0, -4.0 * (1 - 0.1 * 0.1)])
        optimizer.update(parameters: &p, gradient: [0, 0, 0], learningRate: 0.1)
        #expect(p == [0.99 * 0.99, -2.0, -4.0 * 0.99 * 0.99])

        // Plain Adam never decays.
        var adam = Optimizer(config: OptimizerConfig(kind: .adam, weightDecay: 0.1), isWeight: [true, false, true])
        var a = [1.0, -2.0, -4.0]
        adam.update(parameters: &a, gradient: [0, 0, 0], learningRate: 0.1)
        #expect(a == [1.0, -2.0, -4.0])
    }

    @Test func adamWIsDecayThenAdam() {
        // Weight: p = 1·(1 − 0.01) − 0.1·0.5/(0.5 + ε); bias: p = −2 − 0.1·(−0.25)/(0.25 + ε).
        var adamw = Optimizer(config: OptimizerConfig(kind: .adamw, weightDecay: 0.1), isWeight: [true, false])
        var p = [1.0, -2.0]
        adamw.update(parameters: &p, gradient: [0.5, -0.25], learningRate: 0.1)
        expectClose(p, [0.99 - 0.05 / (0.5 + eps), -2 + 0.025 / (0.25 + eps)])
    }

    /// β^t must be the correctly rounded value (PyTorch's `beta ** step` calls libm's pow).
    /// Expected values: Python's float(Fraction(beta) ** t), the exact power rounded once.
    @Test func exactPowerIsCorrectlyRounded() {
        #expect(ExactPower.power(0.9, 0) == 1)
        #expect(ExactPower.power(0.9, 1) == 0.9)
        #expect(ExactPower.power(0.9, 2) == 0.81)
        #expect(ExactPower.power(0.9, 3) == 0.7290000000000001)
        #expect(ExactPower.power(0.9, 10) == 0.3486784401000001)
        #expect(ExactPower.power(0.9, 100) == 2.6561398887587544e-05)
        #expect(ExactPower.power(0.999, 10) == 0.9900448802097482)
        #expect(ExactPower.power(0.999, 1000) == 0.36769542477096373)
        // Here glibc's pow is one ulp off (0.05472399672737824, 0.006375333125571848);
        // the bias corrections 1 − βᵗ still come out the same.
        #expect(ExactPower.power(0.999, 2904) == 0.054723996727378245)
        #expect(ExactPower.power(0.99, 503) == 0.006375333125571847)
        #expect(1 - ExactPower.power(0.999, 2904) == 1 - 0.05472399672737824)
        #expect(ExactPower.power(0.5, 10) == 1.0 / 1024)
        #expect(ExactPower.power(0, 5) == 0)
        #expect(ExactPower.power(0.9, 100_000) == 0)
    }
}
