/// Gradient clipping by global norm, as PyTorch's `torch.nn.utils.clip_grad_norm_`.
///
/// With the whole gradient g seen as one vector (every weight and bias of every layer):
///
///     total = ‖g‖ = √(Σ gᵢ²)
///     c     = maxNorm / (total + 10⁻⁶)
///     g     ← c · g        when c < 1 (that is, when total is above maxNorm − 10⁻⁶)
///
/// Clipping keeps the gradient's direction and only shortens it, so one huge
/// gradient (a cliff in the loss surface) cannot throw the parameters far away.
/// PyTorch multiplies by min(c, 1) every time; multiplying by 1 changes nothing, so
/// skipping it gives the same bits.
package enum GradientClipping {
    /// Clips `gradient` in place to global L2 norm `maxNorm` and returns the norm
    /// *before* clipping. A non-finite norm (a NaN or infinite component, or squares
    /// that overflow) leaves the gradient alone and is returned as it is, so the
    /// trainer can report divergence. `maxNorm: .infinity` measures without clipping.
    @discardableResult
    package static func clipByGlobalNorm(_ gradient: UnsafeMutableBufferPointer<Double>, maxNorm: Double) -> Double {
        let total = norm(UnsafeBufferPointer(gradient))
        guard total.isFinite else { return total }
        let coefficient = maxNorm / (total + 1e-6)
        if coefficient < 1 {
            for i in gradient.indices { gradient[i] *= coefficient }
        }
        return total
    }

    /// Convenience for tests and small callers.
    @discardableResult
    package static func clipByGlobalNorm(_ gradient: inout [Double], maxNorm: Double) -> Double {
        gradient.withUnsafeMutableBufferPointer { clipByGlobalNorm($0, maxNorm: maxNorm) }
    }

    /// √(Σ xᵢ²) in a fixed order, so the result is the same on every machine (see `KernelSet.norm`).
    static func norm(_ x: UnsafeBufferPointer<Double>) -> Double {
        KernelPath.kernels.norm(x)
    }
}
