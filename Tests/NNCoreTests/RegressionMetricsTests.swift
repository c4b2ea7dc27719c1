import Foundation
import Testing
@testable import NNCore

private func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
    (a - b).magnitude <= tolerance
}

@Suite struct RegressionMetricsTests {
    /// y = [1, 2, 4, 5], ŷ = [2, 2, 3, 5]: residuals y − ŷ = [−1, 0, 1, 0].
    /// MSE = (1 + 0 + 1 + 0)/4 = 0.5; MAE = 2/4 = 0.5.
    /// ȳ = 3, SS_tot = 4 + 1 + 1 + 4 = 10, SS_res = 2, so R² = 1 − 2/10 = 0.8.
    @Test func handCase() {
        let m = RegressionMetrics(targets: [1, 2, 4, 5], predictions: [2, 2, 3, 5])
        #expect(m.meanSquaredError == 0.5)
        #expect(m.meanAbsoluteError == 0.5)
        #expect(close(m.rSquared, 0.8))
    }

    @Test func predictingTheMeanGivesZero() {
        var random = RandomSource(seed: 11)
        let targets = (0..<50).map { _ in random.normal(mean: 3, standardDeviation: 2) }
        let mean = targets.reduce(0, +) / Double(targets.count)
        let m = RegressionMetrics(targets: targets, predictions: Array(repeating: mean, count: targets.count))
        #expect(close(m.rSquared, 0))
    }

    @Test func perfectFitGivesOne() {
        let targets = [-1.5, 0.25, 3, 8]
        let m = RegressionMetrics(targets: targets, predictions: targets)
        #expect(m == RegressionMetrics(meanSquaredError: 0, meanAbsoluteError: 0, rSquared: 1))
    }

    /// Worse than the mean is negative: y = [0, 2], ŷ = [2, 0] → SS_res = 8, SS_tot = 2, R² = −3.
    @Test func worseThanTheMeanIsNegative() {
        let m = RegressionMetrics(targets: [0, 2], predictions: [2, 0])
        #expect(m.rSquared == -3)
        #expect(m.meanSquaredError == 4 && m.meanAbsoluteError == 2)
    }

    /// Constant targets (SS_tot = 0): 1 if predicted exactly, else 0; no samples: all 0.
    @Test func degenerateConventions() {
        #expect(RegressionMetrics(targets: [2, 2, 2], predictions: [2, 2, 2]).rSquared == 1)
        let off = RegressionMetrics(targets: [2, 2, 2], predictions: [2, 3, 2])
        #expect(off.rSquared == 0)
        #expect(close(off.meanSquaredError, 1.0 / 3))
        let empty = RegressionMetrics(targets: [], predictions: [])
        #expect(empty == RegressionMetrics(meanSquaredError: 0, meanAbsoluteError: 0, rSquared: 0))
    }

    @Test func jsonRoundTrip() throws {
        let m = RegressionMetrics(targets: [1, 2, 4, 5], predictions: [2, 2, 3, 5])
        #expect(try JSONDecoder().decode(RegressionMetrics.self, from: JSONEncoder().encode(m)) == m)
    }
}
