/// Why the last command changed nothing (an invalid setting, an added point outside
/// the classes, play while diverged, …), for the status line. Rejections are part of
/// the state, so a replay shows the same message at the same step.
public struct CommandRejection: Equatable, Sendable {
    /// The session step at which the command was applied.
    public var sessionStep: Int
    /// The command's `kind`.
    public var kind: String
    /// What was wrong, as a sentence for people.
    public var message: String

    public init(sessionStep: Int, kind: String, message: String) {
        self.sessionStep = sessionStep
        self.kind = kind
        self.message = message
    }
}
