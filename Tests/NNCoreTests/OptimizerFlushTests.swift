import Testing
@testable import NNCore
@testable import NNKernels

/// The running averages an optimizer carries between steps are flushed to 0 below
/// 2⁻¹⁰²² (`flushedRunningAverage`): a parameter whose gradient becomes exactly 0
/// once kept a subnormal average for ever (0.9 × 4 ulps rounds back to 4 ulps), and
/// such values slowed long runs on CPUs with slow subnormal arithmetic.
@Suite struct OptimizerFlushTests {
    /// Runs `kind` on one weight: one gradient `first`, then `zeros` zero gradients.
    static func state(_ kind: OptimizerKind, first: Double, zeros: Int) -> Optimizer {
        var optimizer = Optimizer(config: OptimizerConfig(kind: kind, momentum: kind == .sgd ? nil : 0.9),
                                  isWeight: [true])
        var p = [0.5]
        optimizer.update(parameters: &p, gradient: [first], learningRate: 0.01)
        for _ in 0..<zeros { optimizer.update(parameters: &p, gradient: [0], learningRate: 0.01) }
        return optimizer
    }

    @Test(arguments: [OptimizerKind.momentum, .nesterov, .rmsprop, .adam, .adamw])
    func decayedAveragesReachZeroInsteadOfStickingSubnormal(_ kind: OptimizerKind) {
        // Without the flush the decay stops at a few ulps above 0: 0.9·m with m = 4·2⁻¹⁰⁷⁴ rounds to m.
        var stuck = 4 * Double.leastNonzeroMagnitude
        for _ in 0..<100 { stuck = 0.9 * stuck }
        #expect(stuck == 4 * Double.leastNonzeroMagnitude)

        let optimizer = Self.state(kind, first: 1e-150, zeros: 80_000)
        for value in optimizer.firstMoment + optimizer.secondMoment {
            #expect(value == 0 || value.isNormal, "\(kind): \(value)")
        }
        #expect((optimizer.firstMoment + optimizer.secondMoment).contains(0))
    }

    /// Values at or above the smallest normal Double are carried unchanged.
    @Test func theRuleFlushesOnlySubnormals() {
        #expect(flushedRunningAverage(Double.leastNormalMagnitude) == Double.leastNormalMagnitude)
        #expect(flushedRunningAverage(-Double.leastNormalMagnitude) == -Double.leastNormalMagnitude)
        #expect(flushedRunningAverage(Double.leastNormalMagnitude.nextDown) == 0)
        #expect(flushedRunningAverage(-Double.leastNonzeroMagnitude) == 0)
        #expect(flushedRunningAverage(0.25) == 0.25)
    }
}
