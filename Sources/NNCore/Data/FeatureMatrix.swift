/// Samples turned into network inputs once: feature f of sample s at `values[f * count + s]`
/// (feature-major, so a batch copies contiguous runs), plus the labels.
package struct FeatureMatrix: Equatable, Sendable {
    package let features: [Feature]
    package let count: Int
    package private(set) var values: [Double]
    package private(set) var labels: [Double]

    package init(samples: [Sample], features: [Feature]) {
        self.features = features
        count = samples.count
        var v = [Double](repeating: 0, count: features.count * samples.count)
        for (f, feature) in features.enumerated() {
            for (s, sample) in samples.enumerated() {
                v[f * samples.count + s] = feature.value(x1: sample.x1, x2: sample.x2)
            }
        }
        values = v
        labels = samples.map(\.label)
    }

    /// Raw points (x1, x2) with no labels, e.g. a decision grid.
    package init(points: [(x1: Double, x2: Double)], features: [Feature]) {
        self.init(samples: points.map { Sample(x1: $0.x1, x2: $0.x2, label: 0) }, features: features)
    }
}
