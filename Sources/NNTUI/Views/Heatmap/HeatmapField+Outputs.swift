import NNCore

/// Turning a network's outputs over the heatmap's pixels (`NetworkPictures.heatmap`,
/// computed by the engine) into heat pixels: colour mapping only, no evaluation.
extension HeatmapField {
    /// The decision boundary from `outputs` at every pixel of a `size` grid (row 0 at
    /// the top): for two classes the signed scale of P(class 1) (sigmoid: 2p − 1;
    /// tanh: the output itself); for K classes the winning class shaded by its
    /// probability; for regression the value mapped from `valueRange` onto [−1, 1].
    package init(boundary outputs: NetworkOutputs, size: GridSize, head: OutputHead, problem: Problem,
                valueRange: ClosedRange<Double> = -1...1) {
        let width = size.width, height = size.height
        precondition(outputs.count == width * height, "outputs were not computed at this size")
        let n = outputs.count
        switch problem {
        case .regression:
            let values = (0..<n).map { HeatmapField.normalized(outputs.value(point: $0), range: valueRange) }
            self.init(width: width, height: height, signedValues: values)
        case .classification(let k):
            if head == .softmax && outputs.outputCount > 1 {
                var pixels: [HeatPixel] = []
                pixels.reserveCapacity(n)
                for s in 0..<n {
                    var best = 0, bestValue = -Double.infinity
                    for c in 0..<outputs.outputCount where outputs.value(point: s, neuron: c) > bestValue {
                        best = c
                        bestValue = outputs.value(point: s, neuron: c)
                    }
                    pixels.append(HeatPixel(classIndex: best, probability: bestValue, classes: outputs.outputCount))
                }
                self.init(width: width, height: height, hues: max(k, outputs.outputCount), pixels: pixels)
                return
            }
            let values = (0..<n).map { HeatmapField.signedClassScore(outputs.value(point: $0), head: head) }
            self.init(width: width, height: height, signedValues: values)
        }
    }

    /// A single-output head's value on the signed scale where 0 is the class boundary.
    package static func signedClassScore(_ y: Double, head: OutputHead) -> Double {
        head == .tanh ? y : 2 * y - 1
    }

    /// `value` mapped linearly from `range` onto [−1, 1] (not clamped; HeatPixel clamps).
    package static func normalized(_ value: Double, range: ClosedRange<Double>) -> Double {
        let half = (range.upperBound - range.lowerBound) / 2
        guard half > 0 else { return 0 }
        return (value - (range.lowerBound + half)) / half
    }
}
