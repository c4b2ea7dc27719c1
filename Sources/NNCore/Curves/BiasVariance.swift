/// Bias and variance of a closed-form fit, estimated from many datasets drawn afresh
/// from the same target and noise (seeds `seed + 1`, `seed + 2`, …): each is fitted at
/// the same degree and λ, and over a grid of x across the interval
///
///   f̄(x) = (1/K)Σₖ f̂ₖ(x),  bias² = mean over x of (f̄(x) − f(x))²,
///   variance = mean over x of (1/K)Σₖ (f̂ₖ(x) − f̄(x))²,
///
/// with f the noiseless target. Expected test error ≈ bias² + variance + noise².
package struct BiasVariance: Sendable, Equatable {
    /// The K fits (datasets with no unique fit are left out).
    package let fits: [PolynomialFit]
    package let biasSquared: Double
    package let variance: Double

    /// The grid the figures average over: 201 evenly spaced x, ends included.
    package static let gridCount = 201

    package init(target: CurveTarget, count: Int, noise: Double, seed: UInt64, degree: Int, l2: Double,
                datasets: Int) {
        var fits: [PolynomialFit] = []
        for k in 1...max(1, datasets) {
            let sample = CurveSample(target: target, count: count, noise: noise, seed: seed &+ UInt64(k))
            if let fit = try? PolynomialFit(points: sample.train, degree: degree, l2: l2, domain: target.domain) {
                fits.append(fit)
            }
        }
        self.fits = fits
        let xs = BiasVariance.grid(target.domain, count: BiasVariance.gridCount)
        guard !fits.isEmpty else {
            biasSquared = .nan
            variance = .nan
            return
        }
        var bias = 0.0, spread = 0.0
        for x in xs {
            let values = fits.map { $0.value(at: x) }
            let mean = values.reduce(0, +) / Double(values.count)
            let error = mean - target.value(at: x)
            bias += error * error
            var v = 0.0
            for value in values { v += (value - mean) * (value - mean) }
            spread += v / Double(values.count)
        }
        biasSquared = bias / Double(xs.count)
        variance = spread / Double(xs.count)
    }

    /// f̄ at each x.
    package func meanFit(at xs: [Double]) -> [Double] {
        guard !fits.isEmpty else { return xs.map { _ in .nan } }
        return xs.map { x in fits.reduce(0) { $0 + $1.value(at: x) } / Double(fits.count) }
    }

    /// `count` evenly spaced x from the interval's start to its end.
    package static func grid(_ domain: ClosedRange<Double>, count: Int) -> [Double] {
        guard count > 1 else { return [domain.lowerBound] }
        let width = domain.upperBound - domain.lowerBound
        return (0..<count).map { domain.lowerBound + width * Double($0) / Double(count - 1) }
    }
}
