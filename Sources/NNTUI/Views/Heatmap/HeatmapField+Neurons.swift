import NNCore

/// Thumbnails of every neuron and input feature, as TensorFlow Playground draws them
/// inside the network diagram, from the values the engine computed
/// (`NetworkPictures.neurons` and `featureThumbnails`): colour mapping only.
extension HeatmapField {
    /// Each hidden neuron's activation over a `size` grid, per layer then neuron, on
    /// the signed scale (clamped to [−1, 1]). `outputs` must include the hidden layers.
    package static func hiddenNeurons(_ outputs: NetworkOutputs, size: GridSize) -> [[HeatmapField]] {
        let n = size.width * size.height
        precondition(outputs.count == n, "outputs were not computed at this size")
        return outputs.hidden.map { layer in
            let neurons = n > 0 ? layer.count / n : 0
            return (0..<neurons).map { i in
                HeatmapField(width: size.width, height: size.height,
                             signedValues: Array(layer[(i * n)..<((i + 1) * n)]))
            }
        }
    }

    /// Each output neuron over a `size` grid: for softmax, neuron k's probability in
    /// class k's hue; otherwise the same scale as the decision boundary.
    package static func outputNeurons(_ outputs: NetworkOutputs, size: GridSize, head: OutputHead, problem: Problem,
                                     valueRange: ClosedRange<Double> = -1...1) -> [HeatmapField] {
        let n = outputs.count, width = size.width, height = size.height
        precondition(n == width * height, "outputs were not computed at this size")
        if head == .softmax {
            return (0..<outputs.outputCount).map { k in
                HeatmapField(width: width, height: height, hues: max(2, outputs.outputCount),
                             pixels: (0..<n).map { HeatPixel(hue: k, strength: outputs.value(point: $0, neuron: k)) })
            }
        }
        return (0..<outputs.outputCount).map { k in
            let values = (0..<n).map { s -> Double in
                let y = outputs.value(point: s, neuron: k)
                return problem.isClassification ? HeatmapField.signedClassScore(y, head: head)
                                                : HeatmapField.normalized(y, range: valueRange)
            }
            return HeatmapField(width: width, height: height, signedValues: values)
        }
    }
}
