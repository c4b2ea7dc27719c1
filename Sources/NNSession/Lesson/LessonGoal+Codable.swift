import NNCore

/// A goal in a command or session file: its conditions as the lesson writes them,
/// read back with the lesson's own parser, and its epoch limit:
/// `{"conditions":["test-loss < 0.1"],"within":30}`.
extension LessonGoal: Codable {
    private enum Key: String, CodingKey { case conditions, within }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let texts = try c.decode([String].self, forKey: .conditions)
        var lines: [Line] = []
        for text in texts {
            do throws(InputError) {
                lines.append(Line(try GoalCondition.parse(text), line: 0))
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .conditions, in: c, debugDescription: error.message)
            }
        }
        self.init(conditions: lines, withinEpochs: try c.decodeIfPresent(Int.self, forKey: .within))
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(conditions.map(\.condition.text), forKey: .conditions)
        try c.encodeIfPresent(withinEpochs, forKey: .within)
    }
}
