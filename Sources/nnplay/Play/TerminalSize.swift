#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NNSession

/// The size of the terminal on standard output, asked of the terminal driver before
/// curses starts (for a recorded session's header).
enum TerminalSize {
    /// Columns and rows, or nil when standard output is not a terminal.
    static func current() -> SessionTerminal? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        return SessionTerminal(width: Int(size.ws_col), height: Int(size.ws_row))
    }
}
