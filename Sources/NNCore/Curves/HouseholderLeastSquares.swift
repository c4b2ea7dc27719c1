/// Least squares by Householder QR: the b minimising ‖A·b − y‖² for a tall m×n matrix A
/// (m ≥ n), without forming AᵀA (whose condition number is the square of A's).
///
/// Each reflection H = I − 2vvᵀ/vᵀv zeroes column k below the diagonal, so that
/// Hₙ⋯H₁·A = [R; 0] with R upper triangular, and b solves R·b = (Hₙ⋯H₁·y)[0..<n].
/// Plain +, −, ×, ÷ and √ in a fixed order: the same bits on every machine.
package enum HouseholderLeastSquares {
    package struct Solution: Sendable, Equatable {
        /// The minimiser b.
        package let coefficients: [Double]
        /// The triangular factor R (n×n, row-major), whose singular values are A's.
        package let r: [[Double]]
    }

    /// Solves min ‖A·b − y‖² for `a` given as rows; nil when A has (numerically) dependent
    /// columns: a diagonal entry of R is 0 or below 1e-14 of the largest.
    package static func solve(rows a: [[Double]], _ y: [Double]) -> Solution? {
        let m = a.count
        guard m > 0, m == y.count else { return nil }
        let n = a[0].count
        guard n > 0, m >= n else { return nil }
        // Column-major copy: the reflections walk down columns.
        var col = (0..<n).map { j in (0..<m).map { a[$0][j] } }
        var rhs = y
        for k in 0..<n {
            var norm = 0.0
            for i in k..<m { norm += col[k][i] * col[k][i] }
            norm = norm.squareRoot()
            if norm == 0 { continue }
            // v = x + sign(x₀)‖x‖e₀ avoids cancellation; then R[k][k] = −sign(x₀)‖x‖.
            let alpha = col[k][k] >= 0 ? -norm : norm
            var v = Array(col[k][k..<m])
            v[0] -= alpha
            var vv = 0.0
            for value in v { vv += value * value }
            if vv == 0 { continue }
            for j in k..<n { reflect(&col[j], from: k, by: v, vv) }
            reflect(&rhs, from: k, by: v, vv)
        }
        let r = (0..<n).map { i in (0..<n).map { j in j >= i ? col[j][i] : 0 } }
        let largest = (0..<n).map { abs(r[$0][$0]) }.max() ?? 0
        guard largest > 0, (0..<n).allSatisfy({ abs(r[$0][$0]) > 1e-14 * largest }) else { return nil }
        var b = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = rhs[i]
            for j in (i + 1)..<max(n, i + 1) { sum -= r[i][j] * b[j] }
            b[i] = sum / r[i][i]
        }
        return Solution(coefficients: b, r: r)
    }

    /// x ← (I − 2vvᵀ/vᵀv)·x on the entries from `start` on.
    private static func reflect(_ x: inout [Double], from start: Int, by v: [Double], _ vv: Double) {
        var dot = 0.0
        for i in v.indices { dot += v[i] * x[start + i] }
        let scale = 2 * dot / vv
        for i in v.indices { x[start + i] -= scale * v[i] }
    }
}
