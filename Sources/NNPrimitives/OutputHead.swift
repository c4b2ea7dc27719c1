/// The output layer's function, which turns the last pre-activations z into the
/// network's prediction ŷ.
package enum OutputHead: String, Codable, Sendable, CaseIterable {
    /// ŷ = σ(z), one neuron: P(class 1) for two classes.
    case sigmoid
    /// ŷₖ = eᶻᵏ / Σⱼ eᶻʲ, one neuron per class: a probability for each of K classes.
    case softmax
    /// ŷ = tanh z, one neuron: −1 means class 0 and +1 class 1 (TensorFlow Playground's head), or a value in (−1, 1).
    case tanh
    /// ŷ = z: a real number, for regression.
    case linear

    /// The number of output neurons for `problem`.
    package func outputCount(for problem: Problem) -> Int {
        self == .softmax ? problem.classCount : 1
    }

    /// The loss that goes naturally with this head.
    package var naturalLoss: LossKind {
        switch self {
        case .sigmoid: return .binaryCrossEntropy
        case .softmax: return .crossEntropy
        case .tanh, .linear: return .meanSquaredError
        }
    }

    /// The usual head for a problem: sigmoid for two classes, softmax for more, linear for regression.
    package static func natural(for problem: Problem) -> OutputHead {
        switch problem {
        case .regression: return .linear
        case .classification(let k): return k == 2 ? .sigmoid : .softmax
        }
    }

    /// The target the head is trained towards for label `label`, output neuron `k`:
    /// one-hot for softmax, ±1 for tanh on classes, the label itself otherwise.
    @inlinable @inline(__always)
    package func target(label: Double, neuron k: Int, problem: Problem) -> Double {
        switch self {
        case .softmax: return Int(label) == k ? 1 : 0
        case .tanh: return problem.isClassification ? (label > 0.5 ? 1 : -1) : label
        case .sigmoid, .linear: return label
        }
    }

    /// A one-line description for help texts.
    package var summary: String {
        switch self {
        case .sigmoid: return "one neuron, P(class 1) = sigmoid(z); two classes"
        case .softmax: return "one neuron per class, probabilities by softmax"
        case .tanh: return "one neuron, tanh(z) in (-1, 1); classes as -1/+1"
        case .linear: return "one neuron, the value z itself; regression"
        }
    }
}
