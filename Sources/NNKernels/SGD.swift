import NNPrimitives

/// Stochastic gradient descent, with optional heavy-ball or Nesterov momentum,
/// exactly as PyTorch's `torch.optim.SGD` (dampening 0, no weight decay here: the
/// trainer has already added L1/L2 to the gradient).
///
/// Without momentum (μ = 0), for every parameter p with gradient g:
///
///     p ← p − lr·g
///
/// With momentum μ > 0 the optimizer keeps a velocity b per parameter:
///
///     b ← g                 on the first momentum step
///     b ← μ·b + g           afterwards
///     d ← g + μ·b           with Nesterov's look-ahead,   d ← b   without
///     p ← p − lr·d
///
/// Floating-point order as PyTorch's CPU kernels (which fuse `add_(x, alpha=a)` into
/// one multiply-add): p ← fma(−lr, d, p), b ← (μ·b) + g rounded twice, and the
/// Nesterov direction d ← fma(μ, b, g). The velocity carried to the next step is
/// flushed to 0 below 2⁻¹⁰²² (`flushedRunningAverage`).
enum SGD {
    /// p ← p − lr·g for `count` parameters.
    @inline(__always)
    static func step(parameters p: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>,
                     count: Int, learningRate: Double) {
        let negativeRate = -learningRate
        for i in 0..<count {
            p[i] = p[i].addingProduct(negativeRate, g[i])
        }
    }

    /// One momentum step. `isFirst` is true when the velocity `b` holds no history yet
    /// (then b ← g, as PyTorch does when its momentum buffer does not exist yet).
    /// One loop per case, so that each loop body is branch-free and vectorises.
    @inline(__always)
    static func momentumStep(parameters p: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>,
                             velocity b: UnsafeMutablePointer<Double>, count: Int, learningRate: Double,
                             momentum: Double, nesterov: Bool, isFirst: Bool) {
        let negativeRate = -learningRate
        switch (isFirst, nesterov) {
        case (true, false): // b ← g; p ← p − lr·b
            for i in 0..<count {
                let velocity = g[i]
                b[i] = flushedRunningAverage(velocity)
                p[i] = p[i].addingProduct(negativeRate, velocity)
            }
        case (false, false): // b ← μ·b + g; p ← p − lr·b
            for i in 0..<count {
                let velocity = momentum * b[i] + g[i]
                b[i] = flushedRunningAverage(velocity)
                p[i] = p[i].addingProduct(negativeRate, velocity)
            }
        case (true, true): // b ← g; p ← p − lr·(g + μ·b)
            for i in 0..<count {
                let gi = g[i]
                b[i] = flushedRunningAverage(gi)
                p[i] = p[i].addingProduct(negativeRate, gi.addingProduct(momentum, gi))
            }
        case (false, true): // b ← μ·b + g; p ← p − lr·(g + μ·b)
            for i in 0..<count {
                let gi = g[i]
                let velocity = momentum * b[i] + gi
                b[i] = flushedRunningAverage(velocity)
                p[i] = p[i].addingProduct(negativeRate, gi.addingProduct(momentum, velocity))
            }
        }
    }
}
