/// Decides whether a CSV file's labels are classes or regression targets.
///
/// Labels that are all whole numbers 0…K−1 with 2 ≤ K ≤ 16 are classes: a file whose
/// labels are 0 and 1 is two-class data, not a regression on two values. Whole
/// labels with a negative one among at most 16 distinct values (TensorFlow
/// Playground's −1/+1 convention), or that skip a class (labels 1 and 2, numbered
/// from 1), look like classes numbered wrongly, so they are rejected with a message
/// that says how to fix the file instead of silently becoming a regression.
/// Everything else (fractions, wide ranges of whole numbers) is regression.
enum CSVLabelInference {
    /// The most classes a file may have (the network's limit).
    static let maxClasses = TrainingConfig.Limits.maxClasses

    /// The problem `labels` describe; `lines[i]` is the physical line of `labels[i]`.
    static func problem(labels: [Double], lines: [Int], path: String) throws(InputError) -> Problem {
        guard labels.allSatisfy({ $0 == $0.rounded() }) else { return .regression }
        let distinct = Set(labels)
        guard distinct.count <= maxClasses else { return .regression }
        if let i = labels.firstIndex(where: { $0 < 0 }) {
            throw InputError("label \(whole(labels[i])) is negative: class labels are 0..K-1 "
                             + "(write -1/+1 classes as 0/1), or load the file as regression",
                             path: path, line: lines[i])
        }
        // Compared as a Double first: a label such as 1e300 is whole but no Int holds it.
        guard let top = labels.max(), top < Double(maxClasses) else { return .regression }
        let largest = Int(top)
        guard largest >= 1 else {
            throw InputError("every label is 0: classification needs at least 2 classes 0..K-1, "
                             + "or load the file as regression", path: path)
        }
        if let missing = (0...largest).first(where: { !distinct.contains(Double($0)) }) {
            throw InputError("no row has label \(missing) although labels go up to \(largest): "
                             + "number the classes 0..K-1 with every class used, or load the file as regression",
                             path: path)
        }
        return .classification(classes: largest + 1)
    }

    /// A whole-number label without a trailing ".0" (as Swift prints it when no Int
    /// holds it, e.g. -1e+300).
    static func whole(_ label: Double) -> String {
        abs(label) < 0x1p62 ? String(Int(label)) : "\(label)"
    }
}
