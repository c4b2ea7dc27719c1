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

    /// The points as the playground takes them (all of one input width: `inputWidthProblem`
    /// says whether they are).
    package var dataset: Dataset {
        Dataset(samples: points, problem: problem, inputWidth: points.first?.inputWidth ?? 2)
    }

    /// Why the points cannot make one dataset (samples of different input widths, a
    /// sample with 1 or 2 listed inputs, or more than `maxInputs`); nil when they can.
    package var inputWidthProblem: String? {
        let width = points.first?.inputWidth ?? 2
        guard width <= SessionData.maxInputs else { return "a point has \(width) inputs; at most \(SessionData.maxInputs)" }
        if let bad = points.firstIndex(where: { $0.inputWidth != width || ($0.inputs.map { $0.count <= 2 } ?? false) }) {
            return "point \(bad + 1) has \(points[bad].inputWidth) inputs where the first has \(width)"
                + " (samples with inputs list more than 2)"
        }
        return nil
    }

    /// The most inputs a sample in a session may have (the digits have 64).
    package static let maxInputs = 1024
}
