/// The size of the terminal a session was recorded in (header) or resized to (event),
/// in character cells.
package struct SessionTerminal: Codable, Equatable, Sendable {
    package var width: Int
    package var height: Int

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
