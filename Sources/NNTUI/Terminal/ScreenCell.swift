/// One cell as the terminal draws it: a one-column character, concrete colour numbers
/// as curses takes them (−1 for the terminal's default, 0…255 for the colour table,
/// 0xRRGGBB on direct-colour terminals) and attribute bits (bold 1, dim 2, reverse 4,
/// underline 8).
public struct ScreenCell: Equatable, Hashable, Sendable {
    public var character: Character
    public var foreground: Int
    public var background: Int
    public var attributes: UInt8

    public init(_ character: Character = " ", foreground: Int = -1, background: Int = -1, attributes: UInt8 = 0) {
        self.character = character
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Why the interactive playground cannot start on this terminal.
public struct TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
