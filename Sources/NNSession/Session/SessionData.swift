import NNCore

/// The points of a session whose data came from a CSV file, stored in the session's
/// header so that the file replays on a machine that does not have the CSV file:
/// `{"problem":{"classification":{"classes":2}},"points":[{"label":1,"x1":0.5,"x2":-2},…]}`
/// (points in file order, after any rescaling, exactly as the playground used them).
public struct SessionData: Codable, Equatable, Sendable {
    /// Classification with K classes, or regression (as the CSV file was read).
    public var problem: Problem
    public var points: [Sample]

    public init(problem: Problem, points: [Sample]) {
        self.problem = problem
        self.points = points
    }

    public init(_ dataset: Dataset) {
        self.init(problem: dataset.problem, points: dataset.samples)
    }

    /// The points as the playground takes them.
    public var dataset: Dataset {
        Dataset(samples: points, problem: problem)
    }
}
