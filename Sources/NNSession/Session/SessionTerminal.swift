/// The size of the terminal a session was recorded in (header) or resized to (event),
/// in character cells.
public struct SessionTerminal: Codable, Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
