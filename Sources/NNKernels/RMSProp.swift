import NNPrimitives

/// RMSProp (Hinton's lecture notes, 2012) as PyTorch's `torch.optim.RMSprop` with
/// its default flags (no momentum, not centered).
///
/// Like AdaGrad, but each parameter keeps a *running mean* v of its squared
/// gradients instead of their sum, so old gradients are forgotten at rate 1 − α
/// and the effective learning rate does not shrink forever:
///
///     v ← α·v + (1 − α)·g²               (α defaults to 0.99, v starts at 0)
///     p ← p − lr · g / (√v + ε)          (ε defaults to 1e-8)
///
/// Floating-point order as PyTorch's CPU kernels: v ← fma((1 − α)·g, g, α·v)
/// (`mul_` then fused `addcmul_`), then p ← p + ((−lr)·g) / (√v + ε). The v carried
/// to the next step is flushed to 0 below 2⁻¹⁰²² (`flushedRunningAverage`).
enum RMSProp {
    @inline(__always)
    static func step(parameters p: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>,
                     meanSquare v: UnsafeMutablePointer<Double>, count: Int,
                     learningRate: Double, alpha: Double, eps: Double) {
        let negativeRate = -learningRate
        let oneMinusAlpha = 1 - alpha
        for i in 0..<count {
            let gi = g[i]
            let mean = (alpha * v[i]).addingProduct(oneMinusAlpha * gi, gi)
            v[i] = flushedRunningAverage(mean)
            let denominator = mean.squareRoot() + eps
            p[i] = p[i] + (negativeRate * gi) / denominator
        }
    }
}
