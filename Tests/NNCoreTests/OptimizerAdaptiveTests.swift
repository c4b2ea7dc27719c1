import Testing
@testable import NNCore

private func expectClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-15,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    for (a, e) in zip(actual, expected) {
        #expect(abs(a - e) <= relative * abs(e), "\(a) vs \(e)", sourceLocation: sourceLocation)
    }
}

/// AdaGrad and RMSProp on p = [1, −2] with gradients [0.5, −0.25] then [−0.25, 0.75].
/// The expected values are the update formulas evaluated on literals.
@Suite struct OptimizerAdaptiveTests {
    @Test func adaGradFirstSteps() {
        var optimizer = Optimizer(config: OptimizerConfig(kind: .adagrad), isWeight: [true, false])
        var p = [1.0, -2.0]
        let lr = 0.5, eps = 1e-10 // PyTorch's AdaGrad default ε
        #expect(optimizer.config.effectiveEps == eps)

        // Step 1: s = g² = [0.25, 0.0625], √s = [0.5, 0.25]
        //   p = 1 − 0.5·0.5/(0.5 + ε) ≈ 0.5,   −2 − 0.5·(−0.25)/(0.25 + ε) ≈ −1.5
        optimizer.update(parameters: &p, gradient: [0.5, -0.25], learningRate: lr)
        let p1 = [1 - 0.25 / (0.5 + eps), -2 + 0.125 / (0.25 + eps)]
        expectClose(p, p1)
        #expect(optimizer.secondMoment == [0.25, 0.0625])

        // Step 2: s = [0.25 + 0.0625, 0.0625 + 0.5625] = [0.3125, 0.625]
        //   p = p₁ − 0.5·(−0.25)/(√0.3125 + ε),   p₁ − 0.5·0.75/(√0.625 + ε)
        optimizer.update(parameters: &p, gradient: [-0.25, 0.75], learningRate: lr)
        let p2 = [p1[0] + 0.125 / (0.3125.squareRoot() + eps), p1[1] - 0.375 / (0.625.squareRoot() + eps)]
        expectClose(p, p2)
        #expect(optimizer.secondMoment == [0.3125, 0.625])
        #expect(optimizer.stepCount == 2)
    }

    @Test func adaGradStepsShrinkForARepeatedGradient() {
        // With a constant gradient g, step k moves by lr·g/√(k·g²) = lr/√k.
        var optimizer = Optimizer(config: OptimizerConfig(kind: .adagrad, eps: 0), isWeight: [true])
        var p = [0.0]
        var previous = 0.0
        for k in 1...4 {
            optimizer.update(parameters: &p, gradient: [2.0], learningRate: 1)
            expectClose([previous - p[0]], [1 / Double(k).squareRoot()], relative: 1e-14)
            previous = p[0]
        }
    }

    @Test func rmsPropFirstSteps() {
        var optimizer = Optimizer(config: OptimizerConfig(kind: .rmsprop), isWeight: [true, false])
        var p = [1.0, -2.0]
        let lr = 0.01, alpha = 0.99, eps = 1e-8 // PyTorch's RMSprop defaults
        #expect(optimizer.config.alpha == alpha && optimizer.config.effectiveEps == eps)

        // Step 1: v = (1 − α)·g² = 0.01·[0.25, 0.0625] = [0.0025, 0.000625], √v = [0.05, 0.025]
        //   p = 1 − 0.01·0.5/(0.05 + ε) ≈ 0.9,   −2 − 0.01·(−0.25)/(0.025 + ε) ≈ −1.9
        optimizer.update(parameters: &p, gradient: [0.5, -0.25], learningRate: lr)
        let v1 = [(1 - alpha) * 0.25, (1 - alpha) * 0.0625]
        let p1 = [1 - lr * 0.5 / (v1[0].squareRoot() + eps), -2 + lr * 0.25 / (v1[1].squareRoot() + eps)]
        expectClose(optimizer.secondMoment, v1)
        expectClose(p, p1)
        expectClose(p, [0.9, -1.9], relative: 1e-6)

        // Step 2: v = α·v₁ + (1 − α)·g² with g² = [0.0625, 0.5625]
        optimizer.update(parameters: &p, gradient: [-0.25, 0.75], learningRate: lr)
        let v2 = [alpha * v1[0] + (1 - alpha) * 0.0625, alpha * v1[1] + (1 - alpha) * 0.5625]
        let p2 = [p1[0] + lr * 0.25 / (v2[0].squareRoot() + eps), p1[1] - lr * 0.75 / (v2[1].squareRoot() + eps)]
        expectClose(optimizer.secondMoment, v2)
        expectClose(p, p2)
    }

    @Test func rmsPropForgetsOldGradients() {
        // AdaGrad's Σg² only grows; RMSProp's running mean follows a smaller gradient back down.
        var adagrad = Optimizer(config: OptimizerConfig(kind: .adagrad), isWeight: [true])
        var rmsprop = Optimizer(config: OptimizerConfig(kind: .rmsprop, alpha: 0.5), isWeight: [true])
        var a = [0.0], r = [0.0]
        for g in [10.0, 10.0] + [Double](repeating: 0.1, count: 12) {
            adagrad.update(parameters: &a, gradient: [g], learningRate: 1)
            rmsprop.update(parameters: &r, gradient: [g], learningRate: 1)
        }
        #expect(adagrad.secondMoment[0] > 200)
        #expect(rmsprop.secondMoment[0] < 0.05) // 75/2¹² + ≈0.01
    }
}
