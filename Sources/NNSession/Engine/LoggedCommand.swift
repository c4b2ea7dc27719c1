/// One entry of the engine's command log: a command and the session step at which it
/// took effect (it was applied after `step` training steps and before step `step + 1`).
///
/// JSON: the command's own object with the step added,
/// `{"step":120,"kind":"configure","config":{…}}`, so a session file's event line
/// can be this value as it is.
package struct LoggedCommand: Equatable, Sendable, Codable {
    /// `PlaygroundState.sessionStep` when the command was applied.
    package var step: Int
    package var command: Command

    package init(step: Int, command: Command) {
        self.step = step
        self.command = command
    }

    private enum Key: String, CodingKey { case step }

    package init(from decoder: any Decoder) throws {
        step = try decoder.container(keyedBy: Key.self).decode(Int.self, forKey: .step)
        command = try Command(from: decoder)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(step, forKey: .step)
        try command.encode(to: encoder)
    }
}
