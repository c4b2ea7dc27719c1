import Foundation
import Testing
@testable import NNCore
import NNKernels

/// Our exp/expm1/tanh/sigmoid against the platform's libm: within a few units in the
/// last place everywhere (2 for exp, 8 for expm1 and tanh), exact at the edges, NaN in → NaN out.
@Suite struct VectorMathTests {
    /// |ours − libm| in units of libm's ulp.
    func ulps(_ ours: Double, _ reference: Double) -> Double {
        if ours == reference { return 0 }
        return abs(ours - reference) / reference.ulp
    }

    func sweep(_ range: ClosedRange<Double>, count: Int = 20_000) -> [Double] {
        var r = RandomSource(seed: 9)
        return (0..<count).map { _ in r.uniform(range.lowerBound, range.upperBound) }
    }

    @Test func expIsWithinTwoUlps() {
        var worst = 0.0
        for x in sweep(-700...700) + sweep(-1...1) { worst = max(worst, ulps(VectorMath.exp(x), Foundation.exp(x))) }
        #expect(worst <= 2, "worst \(worst) ulp")
    }

    @Test func expm1IsWithinEightUlps() {
        var worst = 0.0
        for x in sweep(-1e-3...1e-3) + sweep(-40...40) { worst = max(worst, ulps(VectorMath.expm1(x), Foundation.expm1(x))) }
        #expect(worst <= 8, "worst \(worst) ulp")
        #expect(VectorMath.expm1(1e-300) == 1e-300)
    }

    @Test func tanhIsWithinEightUlps() {
        var worst = 0.0
        for x in sweep(-25...25) + sweep(-0.01...0.01) { worst = max(worst, ulps(VectorMath.tanh(x), Foundation.tanh(x))) }
        #expect(worst <= 8, "worst \(worst) ulp")
        #expect(VectorMath.tanh(-0.0).sign == .minus)
    }

    @Test func sigmoidMatchesDefinition() {
        var worst = 0.0
        for x in sweep(-40...40) { worst = max(worst, ulps(VectorMath.sigmoid(x), 1 / (1 + Foundation.exp(-x)))) }
        #expect(worst <= 4, "worst \(worst) ulp")
    }

    @Test func edgesAndSpecialValues() {
        #expect(VectorMath.exp(1000) == .infinity)
        #expect(VectorMath.exp(-1000) == 0)
        #expect(VectorMath.exp(0) == 1)
        #expect(VectorMath.tanh(30) == 1 && VectorMath.tanh(-30) == -1)
        #expect(VectorMath.tanh(.infinity) == 1)
        #expect(VectorMath.sigmoid(-1000) >= 0 && VectorMath.sigmoid(-1000) < 1e-300)
        #expect(VectorMath.sigmoid(1000) == 1)
        #expect(VectorMath.exp(.nan).isNaN && VectorMath.tanh(.nan).isNaN && VectorMath.sigmoid(.nan).isNaN)
        #expect(VectorMath.expm1(-100) == -1)
    }

    /// The lane form and the scalar form agree bit for bit, whatever the lane.
    @Test func lanesAreIndependent() {
        let xs = Lanes(-3.5, -0.1, 0, 1e-9, 0.7, 2, 19, -600)
        let t = VectorMath.tanh(xs)
        for k in 0..<8 { #expect(t[k] == VectorMath.tanh(xs[k])) }
    }
}
