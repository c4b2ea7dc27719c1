import NNCore

/// How the data decides the problem, and how the output layer follows it, as the
/// controls panel needs them: switching from circle to blobs makes a three-class
/// problem, which needs a softmax output (as `nnplay train` decides for its flags).
public enum ProblemRules {
    /// The problem `dataset` poses: regression or K classes. Points from a CSV file
    /// (no built-in kind) pose `csv`, the problem found when the file was read.
    public static func problem(for dataset: DatasetConfig, csv: Problem?) -> Problem {
        guard let kind = dataset.kind else { return csv ?? .classification(classes: 2) }
        if kind.isRegression { return .regression }
        return .classification(classes: kind == .blobs ? dataset.classes : 2)
    }

    /// `config` with an output layer and loss that suit `new` when the problem changed
    /// from `old`: the natural head (sigmoid, softmax or linear) and its natural loss.
    public static func adapting(_ config: TrainingConfig, from old: Problem, to new: Problem) -> TrainingConfig {
        guard old != new else { return config }
        var c = config
        c.output = OutputHead.natural(for: new)
        c.loss = c.output.naturalLoss
        return c
    }

    /// The output layers and losses that make sense for `problem`, the natural one first.
    public static func outputChoices(for problem: Problem) -> [(head: OutputHead, loss: LossKind)] {
        switch problem {
        case .regression:
            return [(.linear, .meanSquaredError), (.tanh, .meanSquaredError)]
        case .classification(let k) where k == 2:
            return [(.sigmoid, .binaryCrossEntropy), (.sigmoid, .meanSquaredError), (.tanh, .meanSquaredError),
                    (.softmax, .crossEntropy), (.softmax, .meanSquaredError)]
        case .classification:
            return [(.softmax, .crossEntropy), (.softmax, .meanSquaredError)]
        }
    }

    /// `sigmoid` when the loss is the head's natural one, otherwise `sigmoid·mse`.
    public static func outputText(head: OutputHead, loss: LossKind) -> String {
        loss == head.naturalLoss ? head.rawValue : "\(head.rawValue)·\(loss.rawValue)"
    }

    /// The test ratio a dataset starts with: none for the logic gates, half otherwise.
    static func defaultTestRatio(_ kind: DatasetKind?) -> Double {
        kind?.defaultTestRatio ?? DatasetConfig().testRatio
    }

    /// `config` switched to the data of `kind` (nil: the CSV file at `csvPath`), with the
    /// point count back to the dataset's own, the test ratio following the dataset's
    /// default if it was at the old one, and the output fitted to the new problem.
    static func switching(_ config: TrainingConfig, to kind: DatasetKind?, csvPath: String?,
                          csv: Problem?) -> TrainingConfig {
        var c = config
        let oldProblem = problem(for: c.dataset, csv: csv)
        if c.dataset.testRatio == defaultTestRatio(c.dataset.kind) {
            c.dataset.testRatio = defaultTestRatio(kind)
        }
        c.dataset.kind = kind
        c.dataset.csvPath = kind == nil ? csvPath : nil
        c.dataset.count = nil
        return adapting(c, from: oldProblem, to: problem(for: c.dataset, csv: csv))
    }
}
