/// Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi
/// method: rotate away the largest off-diagonal entries, sweep after sweep, until the
/// matrix is diagonal. Only +, −, ×, ÷ and √ (all correctly rounded), so the result is
/// the same on every machine. Meant for CMA-ES's covariance matrix (n up to a few tens).
package enum SymmetricEigen {
    /// `a` (n×n, row-major, symmetric) = B·diag(values)·Bᵀ; `vectors[i][k]` is
    /// component i of eigenvector k.
    package static func decompose(_ a: [[Double]]) -> (values: [Double], vectors: [[Double]]) {
        let n = a.count
        var m = a
        var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in (i + 1)..<max(n, i + 1) { off += m[i][j] * m[i][j] } }
            if off == 0 { break }
            var scale = 0.0
            for i in 0..<n { scale += m[i][i] * m[i][i] }
            if off <= 1e-30 * scale { break }
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) where m[p][q] != 0 {
                    // Choose t = tan φ so that the rotation zeroes m[p][q]:
                    // θ = (m_qq − m_pp)/(2m_pq), t = sign(θ)/(|θ| + √(θ² + 1)).
                    let theta = (m[q][q] - m[p][p]) / (2 * m[p][q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n { // columns p, q of m·J
                        let mkp = m[k][p], mkq = m[k][q]
                        m[k][p] = c * mkp - s * mkq
                        m[k][q] = s * mkp + c * mkq
                    }
                    for k in 0..<n { // rows p, q of Jᵀ·m
                        let mpk = m[p][k], mqk = m[q][k]
                        m[p][k] = c * mpk - s * mqk
                        m[q][k] = s * mpk + c * mqk
                    }
                    for k in 0..<n {
                        let vkp = v[k][p], vkq = v[k][q]
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { m[$0][$0] }, v)
    }
}
