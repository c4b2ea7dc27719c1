import Foundation
import Testing
@testable import NNCore

/// nnplay's own eˣ (`Exponential`, behind `PlatformMath.exp`) against the platform's
/// libm `exp` (accurate to well under an ulp): at most 2 ulps apart everywhere it is
/// finite and normal, and the edge cases as documented.
@Suite struct ExponentialTests {
    /// The distance in ulps between two positive finite doubles.
    func ulps(_ a: Double, _ b: Double) -> UInt64 {
        let (x, y) = (a.bitPattern, b.bitPattern)
        return x > y ? x - y : y - x
    }

    @Test func withinTwoUlpsOfLibm() {
        var random = RandomSource(seed: 7)
        var worst: UInt64 = 0
        for i in 0..<200_000 {
            // Half over the whole range, half near 0 where Ackley and the logistic loss live.
            let x = i % 2 == 0 ? random.uniform(-708, 709.7) : random.uniform(-20, 20)
            worst = max(worst, ulps(PlatformMath.exp(x), Foundation.exp(x)))
        }
        #expect(worst <= 2, "worst: \(worst) ulps")
    }

    @Test func exactAndEdgeValues() {
        #expect(PlatformMath.exp(0) == 1)
        #expect(ulps(PlatformMath.exp(1), 2.718281828459045) <= 1)
        #expect(PlatformMath.exp(709.79) == .infinity && PlatformMath.exp(.infinity) == .infinity)
        #expect(PlatformMath.exp(-708.5) == 0 && PlatformMath.exp(-.infinity) == 0)
        #expect(PlatformMath.exp(.nan).isNaN)
        #expect(ulps(PlatformMath.exp(709.7), Foundation.exp(709.7)) <= 1)
        #expect(ulps(PlatformMath.exp(-707.9), Foundation.exp(-707.9)) <= 1)
    }
}
