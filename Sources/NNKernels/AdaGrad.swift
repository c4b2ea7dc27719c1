import NNPrimitives

/// AdaGrad (Duchi, Hazan & Singer, 2011) as PyTorch's `torch.optim.Adagrad` with
/// `lr_decay` 0 and `initial_accumulator_value` 0.
///
/// Each parameter keeps the sum s of all its squared gradients so far, and its
/// step is the learning rate divided by the root of that sum:
///
///     s ← s + g²
///     p ← p − lr · g / (√s + ε)          (ε defaults to 1e-10)
///
/// Parameters with large past gradients take small steps and rarely-updated ones
/// take large steps. Because s only grows, the effective rate lr/√s keeps shrinking,
/// which is why training with AdaGrad slows down over time.
///
/// Floating-point order as PyTorch's CPU kernels: s ← fma(g, g, s) (`addcmul_` is
/// fused), then p ← p + ((−lr)·g) / (√s + ε) (`addcdiv_`, not fused).
enum AdaGrad {
    @inline(__always)
    static func step(parameters p: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>,
                     sumOfSquares s: UnsafeMutablePointer<Double>, count: Int,
                     learningRate: Double, eps: Double) {
        let negativeRate = -learningRate
        for i in 0..<count {
            let gi = g[i]
            let sum = s[i].addingProduct(gi, gi)
            s[i] = sum
            let denominator = sum.squareRoot() + eps
            p[i] = p[i] + (negativeRate * gi) / denominator
        }
    }
}
