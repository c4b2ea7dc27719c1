/// One point of a ROC curve: classifying every sample whose score is at least
/// `threshold` as positive gives this false-positive rate FP/N and true-positive
/// rate TP/P.
///
/// The curve's first point has threshold +∞ (nothing is called positive). JSON
/// has no infinity, so that threshold is written by leaving the key out and read
/// back as +∞; every other threshold is stored as is.
package struct ROCPoint: Codable, Equatable, Sendable {
    /// FP / N, the share of negatives wrongly called positive (the x axis).
    package var falsePositiveRate: Double
    /// TP / P, the share of positives found (the y axis), also called recall.
    package var truePositiveRate: Double
    /// The lowest score still called positive at this point.
    package var threshold: Double

    package init(falsePositiveRate: Double, truePositiveRate: Double, threshold: Double) {
        self.falsePositiveRate = falsePositiveRate
        self.truePositiveRate = truePositiveRate
        self.threshold = threshold
    }

    private enum CodingKeys: String, CodingKey {
        case falsePositiveRate, truePositiveRate, threshold
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        falsePositiveRate = try container.decode(Double.self, forKey: .falsePositiveRate)
        truePositiveRate = try container.decode(Double.self, forKey: .truePositiveRate)
        threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? .infinity
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(falsePositiveRate, forKey: .falsePositiveRate)
        try container.encode(truePositiveRate, forKey: .truePositiveRate)
        if threshold != .infinity {
            try container.encode(threshold, forKey: .threshold)
        }
    }
}
