/// A set of labelled points together with what their labels mean.
///
/// Built by `DatasetGenerator`, `CSVDatasetParser` or `DigitsDataset`; `DataSplit`
/// then divides the samples into training, validation and test points.
package struct Dataset: Equatable, Sendable {
    /// The points, in generation (or file) order.
    package var samples: [Sample]
    /// Classification with K classes, or regression.
    package var problem: Problem
    /// How many inputs every sample has: 2 for the plane (x1, x2), 64 for the digits.
    package let inputWidth: Int

    /// `samples` must all have `inputWidth` inputs (2: points of the plane).
    package init(samples: [Sample], problem: Problem, inputWidth: Int = 2) {
        precondition(samples.allSatisfy { $0.inputWidth == inputWidth }, "every sample has the dataset's input width")
        self.samples = samples
        self.problem = problem
        self.inputWidth = inputWidth
    }
}
