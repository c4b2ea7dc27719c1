/// The values a numeric control steps through with ← and →, smallest first, such as
/// TensorFlow Playground's learning rates 0.00001 … 10.
///
/// A value typed in that is not on the ladder steps to the nearest rung in the
/// direction asked: 0.02 goes up to 0.03 and down to 0.01.
package struct Ladder: Equatable, Sendable {
    /// The rungs, strictly increasing.
    package let rungs: [Double]

    package init(_ rungs: [Double]) {
        self.rungs = rungs.sorted()
    }

    /// The rung after `value` (`direction` > 0) or before it (< 0); nil past either end.
    package func step(_ value: Double, by direction: Int) -> Double? {
        // Values within a relative 1e-9 of a rung count as that rung (0.1 + 0.2 is 0.3).
        let tolerance = Swift.max(abs(value) * 1e-9, 1e-15)
        if direction > 0 { return rungs.first { $0 > value + tolerance } }
        if direction < 0 { return rungs.last { $0 < value - tolerance } }
        return value
    }

    /// TensorFlow Playground's learning rates.
    package static let learningRate = Ladder([0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10])
    /// Noise 0 … 0.5 in steps of 0.05 (TensorFlow Playground's 0 … 50).
    package static let noise = Ladder((0...10).map { Double($0) / 20 })
    /// Held-out fraction 0 … 90 % in steps of 10 %.
    package static let testRatio = Ladder((0...9).map { Double($0) / 10 })
    /// Validation fraction 0 … 50 % in steps of 10 %.
    package static let validationRatio = Ladder((0...5).map { Double($0) / 10 })
    /// Early stopping's patience in epochs (below the first rung: none).
    package static let patience = Ladder([1, 2, 5, 10, 20, 50, 100, 200, 500])
    /// The decision threshold 0 … 1 in steps of 0.05 (each rung k/20, so repeated steps
    /// land on round numbers).
    package static let threshold = Ladder((0...20).map { Double($0) / 20 })
    /// Points per update.
    package static let batchSize = Ladder([1, 2, 5, 10, 20, 30, 50, 100, 200, 500, 1000])
    /// Momentum μ of the SGD family.
    package static let momentum = Ladder([0, 0.5, 0.8, 0.9, 0.95, 0.99])
    /// Adam's β₁.
    package static let beta1 = Ladder([0, 0.5, 0.8, 0.9, 0.95, 0.99])
    /// Adam's β₂.
    package static let beta2 = Ladder([0.9, 0.99, 0.999, 0.9999])
    /// RMSProp's α.
    package static let alpha = Ladder([0.9, 0.95, 0.99, 0.999])
    /// AdamW's decoupled weight decay.
    package static let weightDecay = Ladder([0, 0.0001, 0.001, 0.01, 0.1])
    /// The L1 or L2 penalty λ (TensorFlow Playground's rates, and two smaller ones).
    package static let penalty = Ladder([0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10])
    /// Dropout probabilities.
    package static let dropout = Ladder([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    /// Points of a built-in dataset.
    package static let points = Ladder([50, 100, 200, 300, 500, 1000, 2000, 5000])
}
