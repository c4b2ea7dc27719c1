/// A binary classifier's scores (P(class 1) per point) with the truth, read at a
/// decision threshold t the student chooses (`TrainingConfig.threshold`): a point is
/// called class 1 by the one rule of `DecisionThreshold` (score ≥ t, `ROCCurve`'s
/// convention), so the point drawn on the ROC curve for t is exactly (FPR, TPR) of
/// the confusion matrix at t.
///
/// Moving t trades the two kinds of error: a lower t finds more of class 1 (recall
/// up) at the price of more false alarms (precision down).
package struct ThresholdedScores: Equatable, Sendable {
    /// P(class 1) per point.
    package let scores: [Double]
    /// The true class per point, 0 or 1.
    package let labels: [Int]

    package init(scores: [Double], labels: [Int]) {
        precondition(scores.count == labels.count, "\(scores.count) scores but \(labels.count) labels")
        self.scores = scores
        self.labels = labels
    }

    /// The 2×2 confusion matrix when every score ≥ `threshold` is called class 1.
    package func confusion(at threshold: Double) -> ConfusionMatrix {
        var matrix = ConfusionMatrix(classes: 2)
        for (score, label) in zip(scores, labels) {
            matrix.add(actual: label, predicted: DecisionThreshold.isClassOne(score: score, threshold: threshold) ? 1 : 0)
        }
        return matrix
    }

    /// (FPR, TPR) at `threshold`: the false alarms among class 0, FP/(FP + TN), and the
    /// hits among class 1, TP/(TP + FN); nil when either class is absent.
    package func rocPoint(at threshold: Double) -> ROCPoint? {
        ROCPoint(confusion(at: threshold), threshold: threshold)
    }
}

extension ROCPoint {
    /// The point of a 2×2 `matrix` made at `threshold`: FPR = FP/(FP + TN),
    /// TPR = TP/(TP + FN); nil when either class is absent.
    package init?(_ matrix: ConfusionMatrix, threshold: Double) {
        let positives = matrix.truePositives + matrix.falseNegatives
        let negatives = matrix.falsePositives + matrix.trueNegatives
        guard positives > 0, negatives > 0 else { return nil }
        self.init(falsePositiveRate: Double(matrix.falsePositives) / Double(negatives),
                  truePositiveRate: Double(matrix.truePositives) / Double(positives), threshold: threshold)
    }
}
