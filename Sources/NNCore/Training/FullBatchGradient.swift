/// The gradient of the whole objective, mean data loss plus L1/L2 penalty, over a set
/// of points in one batch, without touching any optimizer: what gradient checks and
/// teaching tools (e.g. "show me ∂L/∂w") need.
package enum FullBatchGradient {
    package static func compute(network: Network, inputs: FeatureMatrix, problem: Problem, loss: LossKind,
                               regularization: Regularization) -> [Double] {
        pass(network: network, inputs: inputs, problem: problem, loss: loss, regularization: regularization).gradient
    }

    /// The gradient and, from the same forward pass, every hidden neuron's activation
    /// at every point (per hidden layer, unit-major: unit i of point s at `i * n + s`),
    /// as `GradientFlow` needs both.
    package static func computeWithHidden(network: Network, inputs: FeatureMatrix, problem: Problem, loss: LossKind,
                                         regularization: Regularization) -> (gradient: [Double], hidden: [[Double]]) {
        let (gradient, workspace) = pass(network: network, inputs: inputs, problem: problem, loss: loss,
                                         regularization: regularization)
        let layout = network.layout, n = inputs.count, lanes = workspace.lanes
        let hidden = workspace.withStorage { base in
            (1..<layout.layerCount).map { l in
                let a = base + workspace.activationOffsets[l], units = layout.sizes[l]
                return (0..<(units * n)).map { a[($0 / n) * lanes + $0 % n] }
            }
        }
        return (gradient, hidden)
    }

    /// One full-batch forward and backward pass; the workspace keeps the activations.
    private static func pass(network: Network, inputs: FeatureMatrix, problem: Problem, loss: LossKind,
                             regularization: Regularization) -> (gradient: [Double], workspace: BatchWorkspace) {
        let n = inputs.count
        precondition(n > 0, "the gradient of an empty set is undefined")
        var workspace = BatchWorkspace(layout: network.layout, maxBatch: n)
        var gradient = [Double](repeating: 0, count: network.layout.parameterCount)
        let info = NetworkShapeInfo(activation: network.activation, output: network.output)
        var unused = RandomSource(seed: 0)
        inputs.values.withUnsafeBufferPointer { x in
            inputs.labels.withUnsafeBufferPointer { y in
                workspace.load(features: x.baseAddress!, labels: y.baseAddress!, stride: n, valid: n) { $0 }
            }
        }
        network.parameters.withUnsafeBufferPointer { params in
            gradient.withUnsafeMutableBufferPointer { grad in
                workspace.forward(info, parameters: params.baseAddress!, dropout: 0, random: &unused, valid: n)
                workspace.backward(info, problem: problem, loss: loss, parameters: params.baseAddress!,
                                   gradient: grad.baseAddress!, dropout: 0, valid: n)
                Trainer.addPenaltyGradient(regularization, layout: network.layout, parameters: params.baseAddress!,
                                           gradient: grad.baseAddress!)
            }
        }
        return (gradient, workspace)
    }

    /// The objective the gradient belongs to: mean data loss + λ₁·Σ|w| + (λ₂/2)·Σw².
    package static func objective(network: Network, inputs: FeatureMatrix, problem: Problem, loss: LossKind,
                                 regularization: Regularization) -> Double {
        let sums = network.weightSums
        let data = NetworkOutputs(network: network, inputs: inputs, problem: problem, loss: loss).meanLoss
        return data + regularization.penalty(weightSumAbs: sums.abs, weightSumSquares: sums.squares)
    }
}
