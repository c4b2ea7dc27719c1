/// Penalties on the weights (never the biases) and dropout on the hidden layers.
///
/// L1 adds λ₁·Σ|w| to the loss and λ₁·sign(w) to each weight's gradient (driving
/// weights to exactly zero); L2 adds (λ₂/2)·Σw² and λ₂·w (PyTorch's `weight_decay`).
/// Dropout zeroes each hidden activation with probability p while training and
/// scales the survivors by 1/(1 − p) ("inverted" dropout), so nothing changes at
/// evaluation time.
package struct Regularization: Codable, Equatable, Sendable {
    package var l1: Double
    package var l2: Double
    package var dropout: Double

    package init(l1: Double = 0, l2: Double = 0, dropout: Double = 0) {
        self.l1 = l1
        self.l2 = l2
        self.dropout = dropout
    }

    /// The penalty λ₁·Σ|w| + (λ₂/2)·Σw² over `weights`.
    package func penalty(weightSumAbs: Double, weightSumSquares: Double) -> Double {
        l1 * weightSumAbs + 0.5 * l2 * weightSumSquares
    }
}
