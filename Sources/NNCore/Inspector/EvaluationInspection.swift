/// What the evaluation view draws for one set of points, computed by the engine
/// (`InspectorPainter`) so that the view only lays out numbers.
///
/// Classification: the confusion matrix (for two classes at the configuration's
/// threshold: score ≥ t is class 1, `DecisionThreshold`; for more classes the most
/// probable class), per-class precision, recall, F1 and MCC (one-vs-rest), the overall MCC, and for two classes the ROC
/// curve, its AUC and the point the threshold picks on it. Regression: every point's
/// (actual, predicted), R², MSE and a histogram of the residuals.
package struct EvaluationInspection: Equatable, Sendable {
    /// Precision, recall, F1 and one-vs-rest MCC of one class
    /// (`ConfusionMatrix+ClassScores`, `+Matthews`).
    package struct ClassScore: Equatable, Sendable {
        package var precision: Double
        package var recall: Double
        package var f1: Double
        package var matthews: Double
    }

    /// The residuals y − ŷ counted in equal bins over [lower, upper].
    package struct Histogram: Equatable, Sendable {
        package var counts: [Int]
        package var lower: Double
        package var upper: Double
    }

    /// The set scored and how many points it holds.
    package let set: EvaluationSet
    package let count: Int
    /// Classification only.
    package let confusion: ConfusionMatrix?
    package let classScores: [ClassScore]
    /// Matthews correlation (classification; NaN otherwise).
    package let matthews: Double
    /// Two classes only: the threshold in force, the curve and the point it picks.
    package let threshold: Double?
    package let roc: ROCCurve?
    package let rocPoint: ROCPoint?
    /// Regression only: (actual, predicted) per point, the metrics and the residuals.
    package let pairs: [RegressionPair]
    package let regression: RegressionMetrics?
    package let residuals: Histogram?

    /// Bins of the residual histogram.
    package static let residualBins = 12

    /// Scores `network` on `samples` (the points of `set`) for `problem`.
    package init(network: Network, features: [Feature], problem: Problem, samples: [Sample], set: EvaluationSet,
                threshold: Double) {
        self.set = set
        count = samples.count
        let inputs = FeatureMatrix(samples: samples, features: features)
        let outputs = NetworkOutputs(network: network, inputs: inputs, problem: problem, loss: nil)
        switch problem {
        case .classification(let k):
            let actual = samples.map { Int($0.label) }
            var matrix: ConfusionMatrix
            if k == 2 {
                let scores = outputs.positiveScores(head: network.output)
                let thresholded = ThresholdedScores(scores: scores, labels: actual)
                matrix = thresholded.confusion(at: threshold)
                roc = count > 0 ? ROCCurve(scores: scores, labels: actual) : nil
                rocPoint = ROCPoint(matrix, threshold: threshold)
                self.threshold = threshold
            } else {
                matrix = ConfusionMatrix(actual: actual, predicted: outputs.predictedClasses(head: network.output, classes: k,
                                                                                    threshold: threshold),
                                         classes: k)
                roc = nil
                rocPoint = nil
                self.threshold = nil
            }
            confusion = matrix
            classScores = (0..<k).map {
                ClassScore(precision: matrix.precision(of: $0), recall: matrix.recall(of: $0), f1: matrix.f1(of: $0),
                           matthews: matrix.matthewsCorrelation(of: $0))
            }
            matthews = matrix.matthewsCorrelation
            pairs = []
            regression = nil
            residuals = nil
        case .regression:
            let predictions = outputs.predictions
            pairs = zip(samples, predictions).map { RegressionPair(actual: $0.label, predicted: $1) }
            regression = RegressionMetrics(targets: samples.map(\.label), predictions: predictions)
            residuals = EvaluationInspection.histogram(pairs.map { $0.actual - $0.predicted },
                                                       bins: EvaluationInspection.residualBins)
            confusion = nil
            classScores = []
            matthews = .nan
            self.threshold = nil
            roc = nil
            rocPoint = nil
        }
    }

    /// Counts of the finite `values` in `bins` equal bins symmetric about 0 (so a
    /// good fit is a spike in the middle); nil when there are none.
    static func histogram(_ values: [Double], bins: Int) -> Histogram? {
        let finite = values.filter(\.isFinite)
        guard let largest = finite.map(abs).max() else { return nil }
        let bound = largest > 0 ? largest : 1
        var counts = [Int](repeating: 0, count: bins)
        for v in finite {
            let bin = Int(((v + bound) / (2 * bound) * Double(bins)).rounded(.down))
            counts[min(max(bin, 0), bins - 1)] += 1
        }
        return Histogram(counts: counts, lower: -bound, upper: bound)
    }

    package static func == (lhs: EvaluationInspection, rhs: EvaluationInspection) -> Bool {
        lhs.set == rhs.set && lhs.count == rhs.count && lhs.confusion == rhs.confusion
            && lhs.classScores == rhs.classScores && lhs.threshold == rhs.threshold && lhs.roc == rhs.roc
            && lhs.rocPoint == rhs.rocPoint && lhs.pairs == rhs.pairs && lhs.residuals == rhs.residuals
            && lhs.regression == rhs.regression
            && (lhs.matthews == rhs.matthews || (lhs.matthews.isNaN && rhs.matthews.isNaN))
    }
}

/// One regression point: its label and the network's prediction.
package struct RegressionPair: Equatable, Sendable {
    package var actual: Double
    package var predicted: Double

    package init(actual: Double, predicted: Double) {
        self.actual = actual
        self.predicted = predicted
    }
}
