import Testing
@testable import NNCore

@Suite struct GradientClippingTests {
    @Test func aLongGradientIsShortenedKeepingItsDirection() {
        var g = [3.0, -4.0] // norm 5
        let norm = GradientClipping.clipByGlobalNorm(&g, maxNorm: 1)
        #expect(norm == 5)
        // g·1/(5 + 1e-6): norm 1/(1 + 2e-7), just under 1, as PyTorch.
        let clipped = (g[0] * g[0] + g[1] * g[1]).squareRoot()
        #expect(abs(clipped - 1) < 1e-6 && clipped < 1)
        let coefficient = 1 / (5 + 1e-6)
        #expect(g == [3 * coefficient, -4 * coefficient])
        #expect(abs(g[0] / g[1] - (-0.75)) < 1e-15)
    }

    @Test func aShortGradientIsUntouched() {
        var g = [0.3, 0.4, 0.0]
        let norm = GradientClipping.clipByGlobalNorm(&g, maxNorm: 1)
        #expect(abs(norm - 0.5) < 1e-15)
        #expect(g == [0.3, 0.4, 0.0])
        // At exactly maxNorm, PyTorch's coefficient maxNorm/(norm + 1e-6) is still below 1.
        var h = [3.0, 4.0]
        #expect(GradientClipping.clipByGlobalNorm(&h, maxNorm: 5) == 5)
        #expect(h[0] < 3 && h[0] > 3 - 1e-6)
    }

    @Test func aNonFiniteGradientIsLeftAloneAndReported() {
        var g = [1.0, .nan, 2.0]
        let norm = GradientClipping.clipByGlobalNorm(&g, maxNorm: 1)
        #expect(norm.isNaN)
        #expect(g[0] == 1 && g[1].isNaN && g[2] == 2)

        var h = [1.0, -.infinity]
        #expect(GradientClipping.clipByGlobalNorm(&h, maxNorm: 1) == .infinity)
        #expect(h == [1.0, -.infinity])
    }

    @Test func normOfALongVector() {
        // 8-lane sums plus a tail: 21 components 1, 2, …, 21; Σi² = 21·22·43/6 = 3311.
        var g = (1...21).map(Double.init)
        let norm = GradientClipping.clipByGlobalNorm(&g, maxNorm: .infinity)
        #expect(norm == 3311.0.squareRoot())
        #expect(g == (1...21).map(Double.init))

        var empty: [Double] = []
        #expect(GradientClipping.clipByGlobalNorm(&empty, maxNorm: 1) == 0)
    }

    @Test func clippedLongVectorHasTheRequestedNorm() {
        var g = (0..<100).map { Double($0 % 7) - 3 }
        let before = g
        let norm = GradientClipping.clipByGlobalNorm(&g, maxNorm: 0.5)
        #expect(norm > 0.5)
        let after = g.reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(after - 0.5) < 1e-6)
        for i in g.indices { #expect(abs(g[i] - before[i] * 0.5 / (norm + 1e-6)) <= 1e-16) }
    }
}
