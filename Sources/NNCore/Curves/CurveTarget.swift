/// The 1-D functions the curve-fitting lab samples, each on its own interval of x with a
/// default noise level (the standard deviation of the Gaussian noise added to y).
package struct CurveTarget: Sendable, Equatable {
    package enum Kind: String, Codable, Sendable, CaseIterable {
        /// sin(2πx) on [0, 1], noise 0.3: the noisy sine of Bishop's "Pattern Recognition
        /// and Machine Learning", §1.1, the classic example of overfitting by degree.
        case sin
        /// 0.5x³ − 2x + 1 on [−3, 3], noise 1: a cubic, so degree 3 is the true model.
        case poly
        /// 0 for x < 0, 1 for x ≥ 0 on [−1, 1], noise 0.1: no polynomial fits a jump
        /// (Gibbs-like ringing at every degree).
        case step
        /// Runge's function 1/(1 + 25x²) on [−1, 1], noise 0.05: high degrees oscillate
        /// near the ends even with little noise.
        case runge

        /// One line for `--help`.
        package var summary: String {
            switch self {
            case .sin: return "sin(2πx) on [0, 1], noise 0.3 (Bishop's noisy sine)"
            case .poly: return "0.5x³ − 2x + 1 on [−3, 3], noise 1"
            case .step: return "0 for x < 0, 1 for x ≥ 0 on [−1, 1], noise 0.1"
            case .runge: return "Runge's 1/(1 + 25x²) on [−1, 1], noise 0.05"
            }
        }
    }

    package let kind: Kind

    package init(_ kind: Kind) { self.kind = kind }

    /// The interval x is drawn from.
    package var domain: ClosedRange<Double> {
        switch kind {
        case .sin: return 0...1
        case .poly: return -3...3
        case .step, .runge: return -1...1
        }
    }

    /// The standard deviation of the noise added to y unless the user picks another.
    package var defaultNoise: Double {
        switch kind {
        case .sin: return 0.3
        case .poly: return 1
        case .step: return 0.1
        case .runge: return 0.05
        }
    }

    /// The noiseless value at x (nnplay's own sine, so the same bits everywhere).
    package func value(at x: Double) -> Double {
        switch kind {
        case .sin: return PlatformMath.sin(2 * Double.pi * x)
        case .poly: return (0.5 * x * x - 2) * x + 1
        case .step: return x < 0 ? 0 : 1
        case .runge: return 1 / (1 + 25 * x * x)
        }
    }
}
