/// One entry of the landscape lab's command log: a command and the session step at
/// which it took effect (after `step` steps, before step `step + 1`).
package struct LandscapeLabLoggedCommand: Equatable, Sendable {
    package var step: Int
    package var command: LandscapeLabCommand

    package init(step: Int, command: LandscapeLabCommand) {
        self.step = step
        self.command = command
    }
}
