/// How each weight layer of a network is doing on a set of points: how strong the
/// gradient that reaches it is, how large its weights are, and how many of its
/// units are dead. Read together over a run these show the two classic failures at a
/// glance: vanishing gradients (the first layers of a deep sigmoid network receive
/// gradients orders of magnitude smaller than the last) and dying ReLUs (a large
/// learning rate pushes units to output 0 for every point, after which they never learn).
package struct LayerFlow: Equatable, Sendable {
    /// The mean of |∂L/∂w| over the layer's weights, L the mean data loss over the
    /// points (no penalty: the question is what the data send back).
    package var meanAbsGradient: Double
    /// ‖W‖, the Frobenius norm √(Σ w²) of the layer's weights (biases excluded).
    package var weightNorm: Double
    /// For a hidden layer: the share of its units whose activation is exactly 0 at
    /// every point (dead ReLUs); nil for the output layer.
    package var deadShare: Double?

    package init(meanAbsGradient: Double, weightNorm: Double, deadShare: Double?) {
        self.meanAbsGradient = meanAbsGradient
        self.weightNorm = weightNorm
        self.deadShare = deadShare
    }
}

/// Measures `LayerFlow` for every weight layer, input side first.
package enum GradientFlow {
    /// One full-batch forward and backward pass over `inputs` (no dropout; its hidden
    /// activations give the dead units), then the per-layer figures. Empty for an empty set of points.
    package static func measure(network: Network, inputs: FeatureMatrix, problem: Problem,
                               loss: LossKind) -> [LayerFlow] {
        guard inputs.count > 0 else { return [] }
        let layout = network.layout
        let (gradient, hidden) = FullBatchGradient.computeWithHidden(network: network, inputs: inputs, problem: problem,
                                                                     loss: loss, regularization: Regularization())
        return (0..<layout.layerCount).map { l in
            let weights = layout.weightOffsets[l]..<layout.biasOffsets[l]
            var gradientSum = 0.0, squares = 0.0
            for k in weights {
                gradientSum += abs(gradient[k])
                squares += network.parameters[k] * network.parameters[k]
            }
            let dead = l < layout.layerCount - 1
                ? deadShare(hidden[l], units: layout.sizes[l + 1], points: inputs.count) : nil
            return LayerFlow(meanAbsGradient: gradientSum / Double(weights.count), weightNorm: squares.squareRoot(),
                             deadShare: dead)
        }
    }

    /// The share of `units` whose activations (unit-major: unit i of point s at
    /// `i * points + s`) are 0 at every point.
    static func deadShare(_ activations: [Double], units: Int, points: Int) -> Double {
        var dead = 0
        for i in 0..<units where !activations[(i * points)..<((i + 1) * points)].contains(where: { $0 != 0 }) {
            dead += 1
        }
        return Double(dead) / Double(units)
    }
}
