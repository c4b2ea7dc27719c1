import NNCore

/// Turning the network's outputs on a `DecisionGrid` (NNCore) into heatmap pixels.
/// The app keeps one grid while the heatmap's pixel size (`HeatmapView.fieldSize`)
/// and the feature list stay the same, and each frame runs:
///
///     let field = grid.field(grid.evaluate(network), head: network.output, problem: problem)
extension DecisionGrid {
    /// Whether this grid can be reused for a heatmap of that size and those features.
    public func matches(width: Int, height: Int, features: [Feature]) -> Bool {
        self.width == width && self.height == height && self.features == features
    }

    /// The domain point at the centre of pixel (x, y) of a `width`×`height` grid, row 0
    /// at the top (the same points a `DecisionGrid` of that size evaluates).
    public static func point(x: Int, y: Int, width: Int, height: Int,
                             domain: ClosedRange<Double> = DatasetGenerator.domain) -> (x1: Double, x2: Double) {
        let span = domain.upperBound - domain.lowerBound
        let x1 = domain.lowerBound + span * (Double(x) + 0.5) / Double(max(width, 1))
        let x2 = domain.upperBound - span * (Double(y) + 0.5) / Double(max(height, 1))
        return (x1, x2)
    }

    /// The decision boundary: for two classes the signed scale of P(class 1) (sigmoid:
    /// 2p − 1; tanh: the output itself); for K classes the winning class shaded by its
    /// probability; for regression the value mapped from `valueRange` onto [−1, 1].
    public func field(_ outputs: NetworkOutputs, head: OutputHead, problem: Problem,
                      valueRange: ClosedRange<Double> = -1...1) -> HeatmapField {
        precondition(outputs.count == width * height, "outputs were not computed on this grid")
        let n = outputs.count
        switch problem {
        case .regression:
            let values = (0..<n).map { DecisionGrid.normalized(outputs.value(point: $0), range: valueRange) }
            return HeatmapField(width: width, height: height, signedValues: values)
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
                return HeatmapField(width: width, height: height, hues: max(k, outputs.outputCount), pixels: pixels)
            }
            let values = (0..<n).map { DecisionGrid.signedClassScore(outputs.value(point: $0), head: head) }
            return HeatmapField(width: width, height: height, signedValues: values)
        }
    }

    /// A single-output head's value on the signed scale where 0 is the class boundary.
    public static func signedClassScore(_ y: Double, head: OutputHead) -> Double {
        head == .tanh ? y : 2 * y - 1
    }

    /// `value` mapped linearly from `range` onto [−1, 1] (not clamped; HeatPixel clamps).
    public static func normalized(_ value: Double, range: ClosedRange<Double>) -> Double {
        let half = (range.upperBound - range.lowerBound) / 2
        guard half > 0 else { return 0 }
        return (value - (range.lowerBound + half)) / half
    }
}
