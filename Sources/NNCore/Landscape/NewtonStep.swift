/// Newton's method on two parameters, with Levenberg damping: the step solves
///
///     (H + λI)·d = ∇f,        p ← p − lr·d
///
/// With λ = 0 and lr = 1 this jumps straight to the stationary point of the local
/// quadratic model, which is the minimum of a quadratic (one step) but equally a
/// saddle or a maximum where H is not positive definite. Damping λ > 0 bends the step
/// towards gradient descent with rate 1/λ.
enum NewtonStep {
    /// d = (H + λI)⁻¹·g by Cramer's rule, or nil when the matrix is singular.
    static func direction(gradient g: [Double], hessian h: LandscapeFunction.Hessian,
                          damping: Double) -> [Double]? {
        let a = h.xx + damping, b = h.xy, c = h.yy + damping
        let det = a * c - b * b
        guard det != 0, det.isFinite else { return nil }
        return [(c * g[0] - b * g[1]) / det, (a * g[1] - b * g[0]) / det]
    }
}
