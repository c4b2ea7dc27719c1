import NNCore

/// When a watched landscape goal first held: the race's iteration and the session step.
package struct LandscapeGoalMoment: Equatable, Sendable {
    package var iteration: Int
    package var sessionStep: Int

    package init(iteration: Int, sessionStep: Int) {
        self.iteration = iteration
        self.sessionStep = sessionStep
    }
}

/// A goal in a session file's `watchGoal` line, exactly (the target as a JSON number):
/// `{"metric":"reached-at","comparison":"<=","target":300,"method":"gd"}`.
extension LandscapeGoal: Codable {
    private enum Key: String, CodingKey { case metric, comparison, target, method }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let metric = try c.decode(String.self, forKey: .metric), comparison = try c.decode(String.self, forKey: .comparison)
        guard let m = Metric(rawValue: metric) else {
            throw DecodingError.dataCorruptedError(forKey: .metric, in: c, debugDescription: "unknown goal '\(metric)'")
        }
        guard let op = GoalCondition.Comparison(rawValue: comparison) else {
            throw DecodingError.dataCorruptedError(forKey: .comparison, in: c, debugDescription: "unknown comparison '\(comparison)'")
        }
        var method: LandscapeMethod.Kind?
        if let name = try c.decodeIfPresent(String.self, forKey: .method) {
            guard let kind = LandscapeMethod.Kind(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: .method, in: c, debugDescription: "unknown method '\(name)'")
            }
            method = kind
        }
        self.init(metric: m, comparison: op, target: try c.decode(Double.self, forKey: .target), method: method)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(metric.rawValue, forKey: .metric)
        try c.encode(comparison.rawValue, forKey: .comparison)
        try c.encode(target, forKey: .target)
        try c.encodeIfPresent(method?.rawValue, forKey: .method)
    }
}
