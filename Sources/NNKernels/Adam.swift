import NNPrimitives

/// Adam (Kingma & Ba, 2015) and AdamW (Loshchilov & Hutter, 2019) as PyTorch's
/// `torch.optim.Adam` and `torch.optim.AdamW` (no amsgrad, no maximize).
///
/// Each parameter keeps a running mean m of its gradients (the momentum) and a
/// running mean v of its squared gradients (as RMSProp); both start at 0. At
/// update number t = 1, 2, 3, …:
///
///     m ← β₁·m + (1 − β₁)·g                     (β₁ defaults to 0.9)
///     v ← β₂·v + (1 − β₂)·g²                    (β₂ defaults to 0.999)
///     m̂ = m / (1 − β₁ᵗ)                         bias correction: m and v start at 0,
///     v̂ = v / (1 − β₂ᵗ)                         so early on they are too small
///     p ← p − lr · m̂ / (√v̂ + ε)                 (ε defaults to 1e-8)
///
/// On the first update m̂ = g and √v̂ = |g|, so every parameter moves by almost
/// exactly lr against the sign of its gradient, whatever the gradient's size.
///
/// AdamW first shrinks every *weight* (never a bias) towards zero, decoupled from
/// the gradient, then takes the Adam step:
///
///     p ← p · (1 − lr·λ)                        (λ = weightDecay, default 0.01)
///
/// PyTorch's arithmetic, in its order (its CPU kernels fuse `lerp_` and `addcmul_`):
///
///     m ← fma(1 − β₁, g − m, m)                 `exp_avg.lerp_(g, 1 − β₁)`
///         (fma(−β₁, g − m, g) when 1 − β₁ ≥ ½, lerp's other branch)
///     v ← fma((1 − β₂)·g, g, β₂·v)              `exp_avg_sq.mul_(β₂).addcmul_(g, g, 1 − β₂)`
///     step = lr / (1 − β₁ᵗ)
///     denom = √v / √(1 − β₂ᵗ) + ε
///     p ← p + ((−step)·m) / denom               `addcdiv_`
///
/// β₁ᵗ and β₂ᵗ come from `ExactPower` (deterministic, correctly rounded) instead of
/// the platform's `pow`. The m and v carried to the next update are flushed to 0
/// below 2⁻¹⁰²² (`flushedRunningAverage`), so long runs do not slow down on subnormals.
enum Adam {
    /// Per-update scalars, computed once per call (not per parameter).
    struct Coefficients {
        /// lerp weight and base selector for the first moment (see `step`).
        var firstWeight: Double
        var firstWeightIsSmall: Bool
        var beta2: Double
        var oneMinusBeta2: Double
        /// −lr / (1 − β₁ᵗ)
        var negativeStepSize: Double
        /// √(1 − β₂ᵗ)
        var secondCorrectionRoot: Double
        var eps: Double
        /// lr·λ for AdamW, 0 for Adam.
        var decay: Double

        init(learningRate: Double, beta1: Double, beta2: Double, eps: Double, step t: Int, decay: Double) {
            let w = 1 - beta1
            firstWeightIsSmall = abs(w) < 0.5
            firstWeight = firstWeightIsSmall ? w : w - 1
            self.beta2 = beta2
            oneMinusBeta2 = 1 - beta2
            let firstCorrection = 1 - ExactPower.power(beta1, t)
            let secondCorrection = 1 - ExactPower.power(beta2, t)
            negativeStepSize = -(learningRate / firstCorrection)
            secondCorrectionRoot = secondCorrection.squareRoot()
            self.eps = eps
            self.decay = decay
        }
    }

    /// One Adam/AdamW update. `weightMask[i]` is 1 for a weight and 0 for a bias;
    /// each parameter is multiplied by 1 − mask·lr·λ, which is exactly 1 − lr·λ for
    /// weights and exactly 1 (no change) for biases and for plain Adam (λ term 0).
    @inline(__always)
    static func step(parameters p: UnsafeMutablePointer<Double>, gradient g: UnsafePointer<Double>,
                     firstMoment m: UnsafeMutablePointer<Double>, secondMoment v: UnsafeMutablePointer<Double>,
                     weightMask: UnsafePointer<Double>, count: Int, coefficients c: Coefficients) {
        let w = c.firstWeight, small = c.firstWeightIsSmall
        let beta2 = c.beta2, oneMinusBeta2 = c.oneMinusBeta2
        let negativeStep = c.negativeStepSize, root = c.secondCorrectionRoot, eps = c.eps, decay = c.decay
        for i in 0..<count {
            let gi = g[i], mi = m[i]
            // PyTorch's lerp: m + w·(g − m) for small w, else g + (w − 1)·(g − m).
            let first = (small ? mi : gi).addingProduct(w, gi - mi)
            m[i] = flushedRunningAverage(first)
            let second = (beta2 * v[i]).addingProduct(oneMinusBeta2 * gi, gi)
            v[i] = flushedRunningAverage(second)
            let denominator = second.squareRoot() / root + eps
            let decayed = p[i] * (1 - weightMask[i] * decay)
            p[i] = decayed + (negativeStep * first) / denominator
        }
    }
}
