/// A polynomial of degree d fitted in closed form by least squares or ridge regression.
///
/// x is first scaled to t = (x − c)/h ∈ [−1, 1] (c the centre, h the half-width of the
/// target's interval) so the features 1, t, t², …, tᵈ are of like size and the design
/// matrix X is well conditioned. Ridge minimises ‖X·β − y‖² + λ‖β‖² (every coefficient
/// penalised, the constant too, as in the formula β = (XᵀX + λI)⁻¹Xᵀy), solved as the
/// ordinary least-squares problem of the augmented system [X; √λ·I]·β ≈ [y; 0] by
/// Householder QR. The coefficients are then mapped back to the original x.
package struct PolynomialFit: Sendable, Equatable {
    package let degree: Int
    /// λ, the ridge penalty (0: plain least squares).
    package let l2: Double
    /// c and h of t = (x − c)/h.
    package let centre: Double
    package let halfWidth: Double
    /// β: the coefficients of 1, t, …, tᵈ in the scaled variable.
    package let scaledCoefficients: [Double]
    /// a: the coefficients of 1, x, …, xᵈ in the original units, lowest degree first.
    package let coefficients: [Double]
    /// κ = σ_max/σ_min of the (augmented) scaled design matrix [X; √λ·I].
    package let conditionNumber: Double

    package enum Failure: Error, Equatable {
        /// Fewer distinct training points than coefficients and no ridge penalty.
        case rankDeficient
    }

    /// Fits degree `degree` with penalty `l2` to `points`, x scaled over `domain`.
    package init(points: [CurveSample.Point], degree: Int, l2: Double, domain: ClosedRange<Double>) throws(Failure) {
        precondition(degree >= 0 && l2 >= 0 && domain.upperBound > domain.lowerBound)
        self.degree = degree
        self.l2 = l2
        let c = (domain.lowerBound + domain.upperBound) / 2, h = (domain.upperBound - domain.lowerBound) / 2
        centre = c
        halfWidth = h
        var rows = points.map { Self.powers(of: ($0.x - c) / h, degree: degree) }
        var targets = points.map(\.y)
        if l2 > 0 {
            let root = l2.squareRoot()
            for j in 0...degree {
                rows.append((0...degree).map { $0 == j ? root : 0 })
                targets.append(0)
            }
        }
        guard let solution = HouseholderLeastSquares.solve(rows: rows, targets) else { throw .rankDeficient }
        scaledCoefficients = solution.coefficients
        coefficients = Self.unscaled(solution.coefficients, centre: c, halfWidth: h)
        conditionNumber = SingularValues.conditionNumber(solution.r)
    }

    /// 1, t, t², …, tᵈ.
    static func powers(of t: Double, degree: Int) -> [Double] {
        var row = [Double](repeating: 1, count: degree + 1)
        for k in stride(from: 1, through: degree, by: 1) { row[k] = row[k - 1] * t }
        return row
    }

    /// The coefficients a of Σ aₖxᵏ = Σ βⱼ((x − c)/h)ʲ, by Horner's rule on polynomials:
    /// q ← β_d, then q ← q·(x − c)/h + βⱼ for j = d−1 … 0.
    static func unscaled(_ beta: [Double], centre c: Double, halfWidth h: Double) -> [Double] {
        guard let last = beta.last else { return [] }
        var q = [last]
        for j in stride(from: beta.count - 2, through: 0, by: -1) {
            // q·(x − c)/h = q·x/h − q·c/h
            var next = [Double](repeating: 0, count: q.count + 1)
            for k in q.indices {
                next[k + 1] += q[k] / h
                next[k] -= q[k] * c / h
            }
            next[0] += beta[j]
            q = next
        }
        return q
    }

    /// The fitted value at x (evaluated in the scaled variable, by Horner's rule).
    package func value(at x: Double) -> Double {
        let t = (x - centre) / halfWidth
        return scaledCoefficients.reversed().reduce(0) { $0 * t + $1 }
    }

    /// The mean squared error (1/n)Σ(ŷ − y)² on `points` (NaN for none).
    package func meanSquaredError(_ points: [CurveSample.Point]) -> Double {
        CurveErrors.meanSquaredError(points) { value(at: $0) }
    }
}
