/// Samples turned into network inputs once: input column f of sample s at
/// `values[f * count + s]` (feature-major, so a batch copies contiguous runs), plus the labels.
///
/// Points of the plane become the chosen `features` (x1, x2, x1², …); samples with
/// more inputs (the digits' pixels) are read as they are, and `features` is empty.
package struct FeatureMatrix: Equatable, Sendable {
    package let features: [Feature]
    package let count: Int
    /// Input columns: `features.count` for the plane, the samples' own width otherwise.
    package let width: Int
    package private(set) var values: [Double]
    package private(set) var labels: [Double]

    /// The network's inputs for `samples`, all of width `inputWidth`: the `features` of
    /// points of the plane (width 2), or the raw inputs of wider samples (`features` unused).
    package init(samples: [Sample], features: [Feature], inputWidth rawWidth: Int = 2) {
        precondition(samples.allSatisfy { $0.inputWidth == rawWidth }, "every sample has the given input width")
        count = samples.count
        labels = samples.map(\.label)
        if rawWidth != 2 {
            self.features = []
            width = rawWidth
            var v = [Double](repeating: 0, count: rawWidth * samples.count)
            for (s, sample) in samples.enumerated() {
                for (f, x) in sample.inputs!.enumerated() { v[f * samples.count + s] = x }
            }
            values = v
            return
        }
        self.features = features
        width = features.count
        var v = [Double](repeating: 0, count: features.count * samples.count)
        for (f, feature) in features.enumerated() {
            for (s, sample) in samples.enumerated() {
                v[f * samples.count + s] = feature.value(x1: sample.x1, x2: sample.x2)
            }
        }
        values = v
    }

    /// Raw points (x1, x2) with no labels, e.g. a decision grid.
    package init(points: [(x1: Double, x2: Double)], features: [Feature]) {
        self.init(samples: points.map { Sample(x1: $0.x1, x2: $0.x2, label: 0) }, features: features)
    }
}
