/// One entry of an engine's command log: a command and the session step at which it
/// took effect (it was applied after `step` training steps and before step `step + 1`).
///
/// JSON: the command's own object with the step added,
/// `{"step":120,"kind":"configure","config":{…}}`, so a session file's event line
/// can be this value as it is.
package struct Logged<LabCommand: Sendable>: Sendable {
    /// The state's `sessionStep` when the command was applied.
    package var step: Int
    package var command: LabCommand

    package init(step: Int, command: LabCommand) {
        self.step = step
        self.command = command
    }
}

extension Logged: Equatable where LabCommand: Equatable {}

extension Logged: Codable where LabCommand: Codable {
    private enum Key: String, CodingKey { case step }

    package init(from decoder: any Decoder) throws {
        step = try decoder.container(keyedBy: Key.self).decode(Int.self, forKey: .step)
        command = try LabCommand(from: decoder)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(step, forKey: .step)
        try command.encode(to: encoder)
    }
}

/// One entry of the playground engine's command log.
package typealias LoggedCommand = Logged<Command>
