/// Something the user did, as the app sees it: independent of curses, so the app's
/// key handling is a pure function testable without a terminal.
package enum InputEvent: Equatable, Sendable {
    /// A printable character (or space).
    case character(Character)
    case up, down, left, right
    case tab, backTab, enter, escape, backspace, delete
    case home, end, pageUp, pageDown
    /// Ctrl-C (read as a key while the screen is raw) or SIGINT.
    case interrupt
    /// A mouse button at a screen cell (column, row); `secondary` for the right
    /// button or a Shift-click.
    case click(column: Int, row: Int, secondary: Bool)
    /// The mouse moved to (column, row) with its left button held (after a `click`).
    case drag(column: Int, row: Int)
    case scrollUp(column: Int, row: Int)
    case scrollDown(column: Int, row: Int)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// A function key F1…F12.
    case function(Int)
}
