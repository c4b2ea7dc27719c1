/// How the weights (and biases) of a fresh network are drawn, from the
/// initialization stream of the session's seed.
package enum Initializer: String, Codable, Sendable, CaseIterable {
    /// Every weight and bias 0: all neurons of a layer stay identical forever (a lesson in symmetry).
    case zeros
    /// TensorFlow Playground's: weights U(−0.5, 0.5), biases 0.1.
    case playground
    /// Glorot/Xavier uniform: U(±√(6/(fan_in + fan_out))), as `torch.nn.init.xavier_uniform_`.
    case xavier
    /// Glorot/Xavier normal: N(0, 2/(fan_in + fan_out)).
    case xavierNormal = "xavier-normal"
    /// He/Kaiming normal: N(0, 2/fan_in), suited to ReLU layers.
    case he
    /// He/Kaiming uniform: U(±√(6/fan_in)).
    case heUniform = "he-uniform"

    /// One weight for a layer with `fanIn` inputs and `fanOut` neurons.
    func weight(fanIn: Int, fanOut: Int, random: inout RandomSource) -> Double {
        let fi = Double(fanIn), fo = Double(fanOut)
        switch self {
        case .zeros: return 0
        case .playground: return random.uniform() - 0.5
        case .xavier:
            let bound = (6 / (fi + fo)).squareRoot()
            return (2 * random.uniform() - 1) * bound
        case .xavierNormal: return random.normal(standardDeviation: (2 / (fi + fo)).squareRoot())
        case .he: return random.normal(standardDeviation: (2 / fi).squareRoot())
        case .heUniform:
            let bound = (6 / fi).squareRoot()
            return (2 * random.uniform() - 1) * bound
        }
    }

    /// The initial value of every bias.
    var bias: Double { self == .playground ? 0.1 : 0 }

    package var summary: String {
        switch self {
        case .zeros: return "all weights and biases 0 (shows why symmetry must be broken)"
        case .playground: return "TensorFlow Playground: weights U(-0.5, 0.5), biases 0.1"
        case .xavier: return "Glorot uniform: U(+-sqrt(6/(fan_in+fan_out))), biases 0"
        case .xavierNormal: return "Glorot normal: N(0, 2/(fan_in+fan_out)), biases 0"
        case .he: return "He normal: N(0, 2/fan_in), biases 0"
        case .heUniform: return "He uniform: U(+-sqrt(6/fan_in)), biases 0"
        }
    }
}
