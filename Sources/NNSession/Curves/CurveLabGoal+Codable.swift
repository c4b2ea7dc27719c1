import NNCore

/// A goal in a session file's `watchGoal` line, exactly (the target as a JSON number):
/// `{"comparison":"<","metric":"validation-error","target":0.1}`.
extension CurveLabGoal: Codable {
    private enum Key: String, CodingKey { case metric, comparison, target }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let metric = try c.decode(String.self, forKey: .metric), comparison = try c.decode(String.self, forKey: .comparison)
        guard let m = Metric(rawValue: metric) else {
            throw DecodingError.dataCorruptedError(forKey: .metric, in: c, debugDescription: "unknown goal '\(metric)'")
        }
        guard let op = GoalCondition.Comparison(rawValue: comparison) else {
            throw DecodingError.dataCorruptedError(forKey: .comparison, in: c,
                                                   debugDescription: "unknown comparison '\(comparison)'")
        }
        self.init(metric: m, comparison: op, target: try c.decode(Double.self, forKey: .target))
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(metric.rawValue, forKey: .metric)
        try c.encode(comparison.rawValue, forKey: .comparison)
        try c.encode(target, forKey: .target)
    }
}
