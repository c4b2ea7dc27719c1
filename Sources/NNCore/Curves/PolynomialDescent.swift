/// The same polynomial as `PolynomialFit`, fitted by gradient descent with one of the
/// playground's optimizers (the core's `Optimizer`, one implementation of each rule),
/// so a student can watch it walk towards the closed form, or fail to.
///
/// It minimises J(β) = (1/n)(‖X·β − y‖² + λ‖β‖²), ridge's objective divided by the n
/// training points (the same minimiser as `PolynomialFit`, at a size that does not grow
/// with n), over the scaled features 1, t, …, tᵈ, t = (x − c)/h, starting from β = 0.
/// Its gradient is ∇J = (2/n)(Xᵀ(X·β − y) + λβ); the steps converge at a rate set by
/// the condition number of XᵀX + λI, so a high degree without ridge crawls.
package struct PolynomialDescent: Sendable, Equatable {
    package let degree: Int
    package let l2: Double
    package let centre: Double
    package let halfWidth: Double
    /// X, row-major: n rows of d + 1 powers of t.
    private let design: [Double]
    private let targets: [Double]
    /// β, the coefficients of 1, t, …, tᵈ.
    package private(set) var scaledCoefficients: [Double]
    package private(set) var optimizer: Optimizer
    /// Updates applied since the start.
    package private(set) var steps = 0

    /// A descent from β = 0 on `points`, x scaled over `domain` as `PolynomialFit` does.
    package init(points: [CurveSample.Point], degree: Int, l2: Double, domain: ClosedRange<Double>,
                optimizer config: OptimizerConfig) {
        precondition(degree >= 0 && l2 >= 0 && domain.upperBound > domain.lowerBound)
        self.degree = degree
        self.l2 = l2
        centre = (domain.lowerBound + domain.upperBound) / 2
        halfWidth = (domain.upperBound - domain.lowerBound) / 2
        var rows: [Double] = []
        rows.reserveCapacity(points.count * (degree + 1))
        for p in points { rows += PolynomialFit.powers(of: (p.x - centre) / halfWidth, degree: degree) }
        design = rows
        targets = points.map(\.y)
        scaledCoefficients = [Double](repeating: 0, count: degree + 1)
        optimizer = Optimizer(config: config, isWeight: [Bool](repeating: true, count: degree + 1))
    }

    /// The residuals X·β − y.
    private func residuals() -> [Double] {
        let width = degree + 1
        return targets.indices.map { i in
            var sum = 0.0
            for j in 0..<width { sum += design[i * width + j] * scaledCoefficients[j] }
            return sum - targets[i]
        }
    }

    /// J(β) = (1/n)(‖X·β − y‖² + λ‖β‖²).
    package var objective: Double {
        guard !targets.isEmpty else { return .nan }
        var sum = 0.0
        for r in residuals() { sum += r * r }
        for b in scaledCoefficients { sum += l2 * b * b }
        return sum / Double(targets.count)
    }

    /// ∇J = (2/n)(Xᵀ(X·β − y) + λβ).
    package var gradient: [Double] {
        let width = degree + 1, n = Double(max(1, targets.count))
        let r = residuals()
        return (0..<width).map { j in
            var sum = l2 * scaledCoefficients[j]
            for i in r.indices { sum += design[i * width + j] * r[i] }
            return 2 * sum / n
        }
    }

    /// One update of β by the optimizer at its configured learning rate.
    package mutating func step() {
        guard !targets.isEmpty else { return }
        let g = gradient
        optimizer.update(parameters: &scaledCoefficients, gradient: g, learningRate: optimizer.config.learningRate)
        steps += 1
    }

    /// New hyperparameters; the optimizer keeps its state within the same rule.
    package mutating func reconfigure(_ config: OptimizerConfig) {
        optimizer.reconfigure(config)
    }

    /// The coefficients of 1, x, …, xᵈ in the original units, lowest degree first.
    package var coefficients: [Double] {
        PolynomialFit.unscaled(scaledCoefficients, centre: centre, halfWidth: halfWidth)
    }

    /// ‖β − β*‖: how far the descent is from `fit`'s scaled coefficients (the closed form).
    package func distance(to fit: PolynomialFit) -> Double {
        guard fit.scaledCoefficients.count == scaledCoefficients.count else { return .nan }
        var sum = 0.0
        for (a, b) in zip(scaledCoefficients, fit.scaledCoefficients) { sum += (a - b) * (a - b) }
        return sum.squareRoot()
    }

    /// Whether every coefficient is a finite number (false once the descent diverged).
    package var isFinite: Bool { scaledCoefficients.allSatisfy(\.isFinite) }

    /// The value at x, by Horner's rule in the scaled variable.
    package func value(at x: Double) -> Double {
        let t = (x - centre) / halfWidth
        return scaledCoefficients.reversed().reduce(0) { $0 * t + $1 }
    }

    /// The mean squared error (1/n)Σ(ŷ − y)² on `points` (NaN for none).
    package func meanSquaredError(_ points: [CurveSample.Point]) -> Double {
        CurveErrors.meanSquaredError(points) { value(at: $0) }
    }
}
