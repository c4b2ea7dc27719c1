/// What the labels of a dataset mean: classes to tell apart, or a number to predict.
package enum Problem: Codable, Equatable, Sendable {
    /// Labels are class indices 0…`classes`−1 (stored as `Double`).
    case classification(classes: Int)
    /// Labels are real numbers.
    case regression

    /// True for classification, false for regression.
    @inlinable package var isClassification: Bool {
        if case .classification = self { return true }
        return false
    }

    /// K, the number of classes; 1 for regression (one real output).
    @inlinable package var classCount: Int {
        if case .classification(let k) = self { return k }
        return 1
    }
}
