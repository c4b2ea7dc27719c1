/// The in-memory backend: keeps the last presented frame instead of drawing on a
/// terminal, for tests and headless replays. It shows exactly what a terminal of
/// the same size and colour tier would.
package struct MemoryBackend: Sendable {
    package let size: Size
    package let palette: Palette
    /// The last frame presented (nil before the first).
    package private(set) var canvas: Canvas?
    /// How many frames were presented.
    package private(set) var presentedFrames = 0

    package init(size: Size, tier: ColourTier) {
        self.size = size
        palette = Palette(tier: tier)
    }

    /// Shows `canvas` (it should have the backend's size).
    package mutating func present(_ canvas: Canvas) {
        self.canvas = canvas
        presentedFrames += 1
    }

    /// The last frame's characters (rows right-trimmed); empty before the first frame.
    package var text: String { canvas.map(FrameDump.text) ?? "" }

    /// The last frame in the golden-file format (text, then colour runs).
    package var dump: String { canvas.map { FrameDump.dump($0, palette: palette) } ?? "" }

    /// The last frame's cell at (column, row) as the terminal shows it.
    package func resolved(column: Int, row: Int) -> (character: Character, style: ResolvedStyle)? {
        guard let canvas else { return nil }
        let cell = canvas[column, row]
        return (cell.character, palette.resolve(cell))
    }
}
