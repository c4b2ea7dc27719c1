/// A set of labelled points together with what their labels mean.
///
/// Built by `DatasetGenerator` or `CSVDatasetParser`; `DataSplit` then divides the
/// samples into training and test points.
package struct Dataset: Equatable, Sendable {
    /// The points, in generation (or file) order.
    package var samples: [Sample]
    /// Classification with K classes, or regression.
    package var problem: Problem

    package init(samples: [Sample], problem: Problem) {
        self.samples = samples
        self.problem = problem
    }
}
