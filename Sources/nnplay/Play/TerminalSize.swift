import NNSession
import NNTUI

/// The size of the terminal on standard output, asked of the terminal driver before
/// curses starts (for a recorded session's header).
enum TerminalSize {
    /// Columns and rows, or nil when standard output is not a terminal.
    static func current() -> SessionTerminal? {
        Platform.windowSize(of: Platform.standardOutput).map { SessionTerminal(width: $0.width, height: $0.height) }
    }
}
