/// The one rule that turns a two-class network's score into a class: a point whose
/// score P(class 1) is **at least** the threshold t is called class 1, the others
/// class 0. Every figure follows it: the predicted class, accuracy, the confusion
/// matrix, precision/recall/F1/MCC, the ROC point, the discretized heatmap, lesson
/// goals and `nnplay train`'s reports.
///
/// Why `≥`: scikit-learn's `roc_curve` and `FixedThresholdClassifier` call a score
/// ≥ t positive, so the ROC point drawn for t is exactly (FPR, TPR) of the confusion
/// matrix at t, and every threshold of the curve (a score) counts that score's own
/// points as positive. (Keras's `binary_accuracy` and scikit-learn's `predict` use
/// `>`; the two differ only for a score exactly equal to t, such as the 0.5 of an
/// untrained network whose output weights are all zero.)
package enum DecisionThreshold {
    /// The threshold when none is chosen: a score of one half.
    package static let standard = 0.5

    /// The thresholds accepted: 0 calls every point class 1, 1 only scores of exactly 1.
    package static let range: ClosedRange<Double> = 0...1

    /// Whether `score` (P(class 1)) is called class 1 at `threshold`.
    @inline(__always)
    package static func isClassOne(score: Double, threshold: Double) -> Bool {
        score >= threshold
    }
}

extension TrainingConfig {
    /// The threshold in force for `problem`: `threshold` for two classes, nil for more
    /// classes and for regression (which have no threshold to move).
    package func twoClassThreshold(for problem: Problem) -> Double? {
        problem == .classification(classes: 2) ? threshold : nil
    }
}
