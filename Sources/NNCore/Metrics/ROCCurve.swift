/// The receiver operating characteristic of a binary classifier, and the area under it.
///
/// Sweeping a threshold from +∞ down to the lowest score and calling every sample
/// scored at or above it positive traces (FPR, TPR) from (0, 0) to (1, 1). A
/// perfect ranking hugs the top-left corner (AUC 1); a coin flip follows the
/// diagonal (AUC 0.5).
///
/// AUC is the trapezoidal area, which equals the Mann–Whitney probability that a
/// random positive scores above a random negative, ties counting ½:
///   AUC = (#{pos > neg} + ½·#{pos = neg}) / (P·N).
/// It is summed in integers and divided once, so both ways give the same Double.
///
/// Conventions: when either class is absent (or there are no samples) the curve
/// is undefined: `points` is empty and `auc` is NaN, which the CLI prints as "n/a".
/// A NaN score (a diverged network) makes the curve undefined the same way rather
/// than crash the trainer. JSON cannot hold NaN, so an undefined `auc` is written
/// by leaving the key out and read back as NaN; `==` treats two NaN AUCs as equal.
package struct ROCCurve: Codable, Equatable, Sendable {
    /// From (0, 0) at threshold +∞ to (1, 1) at the lowest score, one point per
    /// distinct score, highest first (ties grouped; like scikit-learn's `roc_curve`
    /// with `drop_intermediate=False`). Empty when the curve is undefined.
    package let points: [ROCPoint]
    /// The area under `points` in [0, 1], or NaN when the curve is undefined.
    package let auc: Double

    /// The curve of `scores` (the model's P(class 1) per sample) against the true
    /// `labels` (0 or 1), which must have the same length.
    package init(scores: [Double], labels: [Int]) {
        precondition(scores.count == labels.count,
                     "\(scores.count) scores but \(labels.count) labels")
        precondition(labels.allSatisfy { $0 == 0 || $0 == 1 }, "ROC labels must be 0 or 1")
        let positives = labels.reduce(0, +)
        let negatives = labels.count - positives
        guard positives > 0, negatives > 0, !scores.contains(where: \.isNaN) else {
            self.init(points: [], auc: .nan)
            return
        }

        // Highest score first; equal scores by index so the order is fully determined.
        let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        var points = [ROCPoint(falsePositiveRate: 0, truePositiveRate: 0, threshold: .infinity)]
        var tp = 0, fp = 0
        var doubledArea = 0  // Σ Δfp · (tp_before + tp_after), i.e. 2·P·N·AUC
        var i = 0
        while i < order.count {
            let threshold = scores[order[i]]
            let (tpBefore, fpBefore) = (tp, fp)
            // Take the whole group of tied scores at once: they cross the threshold together.
            while i < order.count, scores[order[i]] == threshold {
                if labels[order[i]] == 1 { tp += 1 } else { fp += 1 }
                i += 1
            }
            doubledArea += (fp - fpBefore) * (tp + tpBefore)
            points.append(ROCPoint(falsePositiveRate: Double(fp) / Double(negatives),
                                   truePositiveRate: Double(tp) / Double(positives),
                                   threshold: threshold))
        }
        self.init(points: points, auc: Double(doubledArea) / (2 * Double(positives) * Double(negatives)))
    }

    private init(points: [ROCPoint], auc: Double) {
        self.points = points
        self.auc = auc
    }

    /// Equal points and equal AUC, where two NaN AUCs (two undefined curves) count as equal.
    package static func == (lhs: ROCCurve, rhs: ROCCurve) -> Bool {
        lhs.points == rhs.points && (lhs.auc == rhs.auc || (lhs.auc.isNaN && rhs.auc.isNaN))
    }

    private enum CodingKeys: String, CodingKey {
        case points, auc
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        points = try container.decode([ROCPoint].self, forKey: .points)
        auc = try container.decodeIfPresent(Double.self, forKey: .auc) ?? .nan
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(points, forKey: .points)
        if !auc.isNaN {
            try container.encode(auc, forKey: .auc)
        }
    }
}
