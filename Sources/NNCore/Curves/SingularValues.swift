/// Singular values of a small square matrix by one-sided Jacobi (Hestenes): rotate pairs
/// of columns until all are orthogonal; the column norms are then the singular values.
/// Accurate even for the small ones, which the eigenvalues of AᵀA are not (squaring the
/// condition number loses half the digits). For the curve lab's condition number.
package enum SingularValues {
    /// The singular values of `a` (n×n, row-major), largest first.
    package static func of(_ a: [[Double]]) -> [Double] {
        let n = a.count
        guard n > 0 else { return [] }
        var col = (0..<n).map { j in (0..<n).map { a[$0][j] } }
        for _ in 0..<60 {
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for i in 0..<n {
                        alpha += col[p][i] * col[p][i]
                        beta += col[q][i] * col[q][i]
                        gamma += col[p][i] * col[q][i]
                    }
                    guard gamma != 0, abs(gamma) > 1e-15 * (alpha * beta).squareRoot() else { continue }
                    rotated = true
                    // The rotation that makes columns p and q orthogonal:
                    // ζ = (β − α)/(2γ), t = sign(ζ)/(|ζ| + √(1 + ζ²)).
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    for i in 0..<n {
                        let x = col[p][i], y = col[q][i]
                        col[p][i] = c * x - s * y
                        col[q][i] = s * x + c * y
                    }
                }
            }
            if !rotated { break }
        }
        return col.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }.sorted(by: >)
    }

    /// σ_max / σ_min (infinity when the smallest is 0).
    package static func conditionNumber(_ a: [[Double]]) -> Double {
        let values = of(a)
        guard let largest = values.first, let smallest = values.last else { return .nan }
        return smallest == 0 ? .infinity : largest / smallest
    }
}
