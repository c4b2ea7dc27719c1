/// A K-class confusion matrix: `counts[actual][predicted]` is how many samples of
/// class `actual` the model labelled `predicted`, so the diagonal holds the hits.
///
/// Every classification score in nnplay (accuracy, precision, recall, F1, MCC) is a
/// function of these K² integers, which is why the trainer keeps the matrix rather
/// than the scores: matrices from several batches simply add up.
///
/// Conventions (the same as scikit-learn's `zero_division=0`): a ratio whose
/// denominator is zero is reported as 0, never NaN, so an empty matrix has
/// accuracy 0 and every score 0.
///
/// For K == 2, class 1 is the "positive" class. The binary shorthands
/// (`truePositives` …) also work for K > 2, where they count class 1 against all
/// the other classes together (one-vs-rest).
package struct ConfusionMatrix: Codable, Equatable, Sendable {
    /// The number of classes K (at least 2); labels are 0..<K.
    package let classes: Int
    /// `counts[actual][predicted]`, a K×K table of non-negative counts.
    package private(set) var counts: [[Int]]

    /// An empty K×K matrix.
    package init(classes: Int) {
        precondition(classes >= 2, "a confusion matrix needs at least 2 classes, got \(classes)")
        self.classes = classes
        self.counts = Array(repeating: Array(repeating: 0, count: classes), count: classes)
    }

    /// The matrix of paired labels: sample i has true class `actual[i]` and
    /// predicted class `predicted[i]`; both arrays must have the same length and
    /// every label must lie in 0..<classes.
    package init(actual: [Int], predicted: [Int], classes: Int) {
        precondition(actual.count == predicted.count,
                     "actual has \(actual.count) labels but predicted has \(predicted.count)")
        self.init(classes: classes)
        for (a, p) in zip(actual, predicted) {
            add(actual: a, predicted: p)
        }
    }

    /// Counts one more sample of true class `actual` predicted as `predicted`.
    package mutating func add(actual: Int, predicted: Int) {
        precondition((0..<classes).contains(actual), "actual label \(actual) is not in 0..<\(classes)")
        precondition((0..<classes).contains(predicted), "predicted label \(predicted) is not in 0..<\(classes)")
        counts[actual][predicted] += 1
    }

    /// The number of samples counted, Σ counts.
    package var total: Int {
        counts.reduce(0) { $0 + $1.reduce(0, +) }
    }

    /// The number of correct predictions, the trace Σₖ counts[k][k].
    package var correct: Int {
        (0..<classes).reduce(0) { $0 + counts[$1][$1] }
    }

    /// Fraction of samples predicted correctly, trace / total; 0 for an empty matrix
    /// (no samples, no correct answers, and no NaN to leak into a report).
    package var accuracy: Double {
        ratio(correct, total)
    }

    /// How many samples truly belong to class `cls`: the row sum (scikit-learn's "support").
    package func actualCount(of cls: Int) -> Int {
        checkClass(cls)
        return counts[cls].reduce(0, +)
    }

    /// How many samples the model put in class `cls`: the column sum.
    package func predictedCount(of cls: Int) -> Int {
        checkClass(cls)
        return counts.reduce(0) { $0 + $1[cls] }
    }

    // MARK: Binary shorthands (class 1 is positive; one-vs-rest when K > 2)

    /// Positives predicted positive: counts[1][1].
    package var truePositives: Int { counts[1][1] }

    /// Negatives (any class but 1) predicted positive: column 1 minus the hit.
    package var falsePositives: Int { predictedCount(of: 1) - counts[1][1] }

    /// Positives predicted as some other class: row 1 minus the hit.
    package var falseNegatives: Int { actualCount(of: 1) - counts[1][1] }

    /// Negatives predicted negative (for K > 2, even if predicted as the wrong negative class).
    package var trueNegatives: Int { total - truePositives - falsePositives - falseNegatives }

    // MARK: Helpers

    /// counts[cls][cls], the samples of `cls` predicted correctly (checked index).
    func hits(of cls: Int) -> Int {
        checkClass(cls)
        return counts[cls][cls]
    }

    func checkClass(_ cls: Int) {
        precondition((0..<classes).contains(cls), "class \(cls) is not in 0..<\(classes)")
    }

    /// numerator / denominator, or 0 when the denominator is 0 (zero_division=0).
    func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }

    // MARK: Codable (validated, so a hand-edited file cannot smuggle in a ragged table)

    private enum CodingKeys: String, CodingKey {
        case classes, counts
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let classes = try container.decode(Int.self, forKey: .classes)
        let counts = try container.decode([[Int]].self, forKey: .counts)
        guard classes >= 2,
              counts.count == classes,
              counts.allSatisfy({ $0.count == classes && $0.allSatisfy { $0 >= 0 } })
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .counts, in: container,
                debugDescription: "counts must be a \(classes)×\(classes) table of non-negative integers (K >= 2)")
        }
        self.classes = classes
        self.counts = counts
    }
}
