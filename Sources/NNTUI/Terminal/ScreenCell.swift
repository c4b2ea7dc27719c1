/// One cell as the terminal draws it: a one-column character, concrete colour numbers
/// as curses takes them (−1 for the terminal's default, 0…255 for the colour table,
/// 0xRRGGBB on direct-colour terminals) and attribute bits (bold 1, dim 2, reverse 4,
/// underline 8).
package struct ScreenCell: Equatable, Hashable, Sendable {
    package var character: Character
    package var foreground: Int
    package var background: Int
    package var attributes: UInt8

    package init(_ character: Character = " ", foreground: Int = -1, background: Int = -1, attributes: UInt8 = 0) {
        self.character = character
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Why the interactive playground cannot start on this terminal.
package struct TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
