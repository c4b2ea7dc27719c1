/// The activation function of the hidden layers, applied neuron by neuron: a = f(z).
package enum Activation: String, Codable, Sendable, CaseIterable {
    /// f(z) = z
    case linear
    /// f(z) = 1/(1 + e⁻ᶻ)
    case sigmoid
    /// f(z) = tanh z
    case tanh
    /// f(z) = max(0, z)
    case relu
    /// f(z) = z for z > 0, 0.01·z otherwise
    case leakyRelu = "leaky-relu"
    /// f(z) = z for z > 0, eᶻ − 1 otherwise (α = 1)
    case elu
    /// f(z) = z·σ(z) (also called SiLU)
    case swish

    /// Slope of leaky ReLU for negative inputs (PyTorch's default).
    package static let leakySlope = 0.01

    /// f applied to eight lanes.
    @inline(__always)
    package func apply(_ z: Lanes) -> Lanes {
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
    package func derivative(z: Lanes, a: Lanes) -> Lanes {
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

    /// f at one point (the same bits as the lane form).
    package func apply(_ z: Double) -> Double { apply(Lanes(repeating: z))[0] }

    /// A one-line description for help texts.
    package var summary: String {
        switch self {
        case .linear: return "f(z) = z (no non-linearity)"
        case .sigmoid: return "f(z) = 1/(1+e^-z), squashes to (0, 1)"
        case .tanh: return "f(z) = tanh z, squashes to (-1, 1)"
        case .relu: return "f(z) = max(0, z)"
        case .leakyRelu: return "f(z) = z if z > 0 else 0.01 z"
        case .elu: return "f(z) = z if z > 0 else e^z - 1"
        case .swish: return "f(z) = z * sigmoid(z)"
        }
    }
}
