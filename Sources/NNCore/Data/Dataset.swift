/// A set of labelled points together with what their labels mean.
///
/// Built by `DatasetGenerator` or `CSVDatasetParser`; `DataSplit` then divides the
/// samples into training and test points.
public struct Dataset: Equatable, Sendable {
    /// The points, in generation (or file) order.
    public var samples: [Sample]
    /// Classification with K classes, or regression.
    public var problem: Problem

    public init(samples: [Sample], problem: Problem) {
        self.samples = samples
        self.problem = problem
    }
}
