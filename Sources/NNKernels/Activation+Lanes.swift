import NNPrimitives

/// The activations on eight lanes, with this build's `VectorMath`.
extension Activation {
    /// f applied to eight lanes.
    @inline(__always)
    func apply(_ z: Lanes) -> Lanes {
        switch self {
        case .linear: return z
        case .sigmoid: return VectorMath.sigmoid(z)
        case .tanh: return VectorMath.tanh(z)
        case .relu: return z.replacing(with: 0, where: z .<= 0)
        case .leakyRelu: return z.replacing(with: z * Activation.leakySlope, where: z .<= 0)
        case .elu: return z.replacing(with: VectorMath.expm1(z), where: z .<= 0)
        case .swish: return z * VectorMath.sigmoid(z)
        }
    }

    /// f′(z), given z and a = f(z) (so tanh and sigmoid need no second exp):
    /// σ′ = a(1 − a), tanh′ = 1 − a², ELU′ = a + 1 for z ≤ 0, swish′ = σ + z·σ(1 − σ).
    @inline(__always)
    func derivative(z: Lanes, a: Lanes) -> Lanes {
        let one = Lanes(repeating: 1)
        switch self {
        case .linear: return one
        case .sigmoid: return a * (one - a)
        case .tanh: return one.addingProduct(-a, a)
        case .relu: return one.replacing(with: 0, where: z .<= 0)
        case .leakyRelu: return one.replacing(with: Activation.leakySlope, where: z .<= 0)
        case .elu: return one.replacing(with: a + 1, where: z .<= 0)
        case .swish:
            let s = VectorMath.sigmoid(z)
            return s.addingProduct(z * s, one - s)
        }
    }
}
