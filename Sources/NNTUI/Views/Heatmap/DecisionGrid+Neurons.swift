import NNCore

/// Thumbnails of every neuron and input feature, as TensorFlow Playground draws them
/// inside the network diagram.
extension DecisionGrid {
    /// Each hidden neuron's activation over the grid, per layer then neuron, on the
    /// signed scale (clamped to [−1, 1]). `outputs` must include the hidden layers.
    public func hiddenFields(_ outputs: NetworkOutputs) -> [[HeatmapField]] {
        let n = width * height
        precondition(outputs.count == n, "outputs were not computed on this grid")
        return outputs.hidden.map { layer in
            let neurons = n > 0 ? layer.count / n : 0
            return (0..<neurons).map { i in
                HeatmapField(width: width, height: height, signedValues: Array(layer[(i * n)..<((i + 1) * n)]))
            }
        }
    }

    /// Each output neuron over the grid: for softmax, neuron k's probability in class
    /// k's hue; otherwise the same scale as the decision boundary.
    public func outputFields(_ outputs: NetworkOutputs, head: OutputHead, problem: Problem,
                             valueRange: ClosedRange<Double> = -1...1) -> [HeatmapField] {
        let n = outputs.count
        precondition(n == width * height, "outputs were not computed on this grid")
        if head == .softmax {
            return (0..<outputs.outputCount).map { k in
                HeatmapField(width: width, height: height, hues: max(2, outputs.outputCount),
                             pixels: (0..<n).map { HeatPixel(hue: k, strength: outputs.value(point: $0, neuron: k)) })
            }
        }
        return (0..<outputs.outputCount).map { k in
            let values = (0..<n).map { s -> Double in
                let y = outputs.value(point: s, neuron: k)
                return problem.isClassification ? DecisionGrid.signedClassScore(y, head: head)
                                                : DecisionGrid.normalized(y, range: valueRange)
            }
            return HeatmapField(width: width, height: height, signedValues: values)
        }
    }

    /// A feature's value over a `width`×`height` grid, rescaled from its smallest to its
    /// largest value onto [−1, 1] so that every feature shows its shape.
    public static func featureField(_ feature: Feature, width: Int, height: Int,
                                    domain: ClosedRange<Double> = DatasetGenerator.domain) -> HeatmapField {
        var values: [Double] = []
        values.reserveCapacity(max(0, width * height))
        for y in 0..<max(0, height) {
            for x in 0..<max(0, width) {
                let p = point(x: x, y: y, width: width, height: height, domain: domain)
                values.append(feature.value(x1: p.x1, x2: p.x2))
            }
        }
        let low = values.min() ?? 0, high = values.max() ?? 0
        let scaled = values.map { high > low ? 2 * ($0 - low) / (high - low) - 1 : 0 }
        return HeatmapField(width: max(0, width), height: max(0, height), signedValues: scaled)
    }
}
