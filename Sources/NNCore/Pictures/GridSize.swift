/// The size of a picture in pixels: columns across, rows down (a `DecisionGrid`'s size).
///
/// The core's own size type, so that a picture can be asked for and described without
/// the terminal's cells (the TUI's `Size`) leaking into the layers below it.
package struct GridSize: Hashable, Sendable, CustomStringConvertible {
    package var width: Int
    package var height: Int

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Whether it holds at least one pixel.
    package var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The number of pixels (0 when empty).
    package var count: Int { isEmpty ? 0 : width * height }

    package var description: String { "\(width)×\(height)" }
}
