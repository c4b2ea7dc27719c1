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
