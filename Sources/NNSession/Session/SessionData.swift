import NNCore

/// The points of a session whose data came from a CSV file, stored in the session's
/// header so that the file replays on a machine that does not have the CSV file:
/// `{"problem":{"classification":{"classes":2}},"points":[{"label":1,"x1":0.5,"x2":-2},…]}`
/// (points in file order, after any rescaling, exactly as the playground used them).
package struct SessionData: Codable, Equatable, Sendable {
    /// Classification with K classes, or regression (as the CSV file was read).
    package var problem: Problem
    package var points: [Sample]

    package init(problem: Problem, points: [Sample]) {
        self.problem = problem
        self.points = points
    }

    package init(_ dataset: Dataset) {
        self.init(problem: dataset.problem, points: dataset.samples)
    }

    /// The points as the playground takes them.
    package var dataset: Dataset {
        Dataset(samples: points, problem: problem)
    }
}
