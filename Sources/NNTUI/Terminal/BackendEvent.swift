/// What a `TerminalBackend` reports while a run loop waits: the user's input, or a
/// request from outside the screen (a signal) that the loop must act on.
package enum BackendEvent: Equatable, Sendable {
    /// A key, a click, a resize.
    case input(InputEvent)
    /// SIGINT, SIGTERM or SIGHUP: end the loop (the terminal is restored on the way out).
    case quit
    /// Ctrl-Z: call `suspend()` then `resume()`, and redraw.
    case suspend
}
