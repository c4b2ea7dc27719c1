/// A pair of digits the network mixes up: `count` test images of `truth` taken for `predicted`.
package struct ConfusedPair: Sendable, Equatable {
    package let truth: Int
    package let predicted: Int
    package let count: Int

    package init(truth: Int, predicted: Int, count: Int) {
        self.truth = truth
        self.predicted = predicted
        self.count = count
    }

    /// The non-empty off-diagonal cells of `matrix`, by count (most first), then by
    /// true digit and predicted digit (so the order never depends on anything else).
    static func ranked(_ matrix: ConfusionMatrix) -> [ConfusedPair] {
        var pairs: [ConfusedPair] = []
        for a in 0..<matrix.classes {
            for p in 0..<matrix.classes where p != a && matrix.counts[a][p] > 0 {
                pairs.append(ConfusedPair(truth: a, predicted: p, count: matrix.counts[a][p]))
            }
        }
        return pairs.sorted { ($1.count, $0.truth, $0.predicted) < ($0.count, $1.truth, $1.predicted) }
    }
}
