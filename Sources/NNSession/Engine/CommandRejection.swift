/// Why the last command changed nothing (an invalid setting, an added point outside
/// the classes, play while diverged, …), for the status line. Rejections are part of
/// the state, so a replay shows the same message at the same step.
package struct CommandRejection: Equatable, Sendable {
    /// The session step at which the command was applied.
    package var sessionStep: Int
    /// The command's `kind`.
    package var kind: String
    /// What was wrong, as a sentence for people.
    package var message: String

    package init(sessionStep: Int, kind: String, message: String) {
        self.sessionStep = sessionStep
        self.kind = kind
        self.message = message
    }
}
