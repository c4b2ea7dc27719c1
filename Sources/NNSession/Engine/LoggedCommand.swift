/// One entry of the engine's command log: a command and the session step at which it
/// took effect (it was applied after `step` training steps and before step `step + 1`).
///
/// JSON: the command's own object with the step added,
/// `{"step":120,"kind":"configure","config":{…}}`, so a session file's event line
/// can be this value as it is.
public struct LoggedCommand: Equatable, Sendable, Codable {
    /// `PlaygroundState.sessionStep` when the command was applied.
    public var step: Int
    public var command: Command

    public init(step: Int, command: Command) {
        self.step = step
        self.command = command
    }

    private enum Key: String, CodingKey { case step }

    public init(from decoder: any Decoder) throws {
        step = try decoder.container(keyedBy: Key.self).decode(Int.self, forKey: .step)
        command = try Command(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(step, forKey: .step)
        try command.encode(to: encoder)
    }
}
