/// The data loss L(ŷ, y), averaged over the samples of a batch.
package enum LossKind: String, Codable, Sendable, CaseIterable {
    /// (1/K)·Σₖ (ŷₖ − yₖ)² per sample, as PyTorch's `MSELoss` (mean over outputs too).
    case meanSquaredError = "mse"
    /// −[y ln ŷ + (1 − y) ln(1 − ŷ)], computed from the logit z as max(z, 0) − z·y + ln(1 + e^−|z|)
    /// (PyTorch's `BCEWithLogitsLoss`): never log(0), never overflow.
    case binaryCrossEntropy = "bce"
    /// −ln ŷ_y with ŷ = softmax(z), computed as logsumexp(z) − z_y (PyTorch's `CrossEntropyLoss`).
    case crossEntropy = "ce"

    /// Whether this loss can be used with `head`, and if not, why.
    package func incompatibility(with head: OutputHead) -> String? {
        switch (self, head) {
        case (.binaryCrossEntropy, .sigmoid), (.crossEntropy, .softmax), (.meanSquaredError, _): return nil
        case (.binaryCrossEntropy, _): return "loss bce needs --output sigmoid (it reads the output as a probability)"
        case (.crossEntropy, _): return "loss ce needs --output softmax (it reads the outputs as class probabilities)"
        }
    }

    package var summary: String {
        switch self {
        case .meanSquaredError: return "mean squared error (y_hat - y)^2"
        case .binaryCrossEntropy: return "binary cross-entropy, with a sigmoid output"
        case .crossEntropy: return "softmax cross-entropy, with a softmax output"
        }
    }
}
