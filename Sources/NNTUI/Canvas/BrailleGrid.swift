/// A raster of braille dots, 2 wide and 4 tall per cell, for charts and thin lines.
///
/// Dots are collected first (with a colour per cell: the last series to touch a
/// cell wins, so draw the most important series last), then `draw(into:at:)`
/// writes one braille character (U+2800 + dot bits) per non-empty cell.
package struct BrailleGrid: Equatable, Sendable {
    /// Size in cells.
    package let columns: Int
    package let rows: Int
    /// Dot bits per cell, row-major.
    package private(set) var bits: [UInt8]
    /// Foreground colour per cell (nil where no dot was set).
    package private(set) var colours: [Colour?]
    /// Dots walked along dashed lines so far (see `line`).
    private var dashPhase = 0
    /// Where the last dashed line ended (`Int.min` for none).
    private var dashEndX = Int.min, dashEndY = Int.min

    package init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
        colours = [Colour?](repeating: nil, count: self.columns * self.rows)
    }

    /// Dots across (2 per cell).
    package var dotWidth: Int { columns * 2 }
    /// Dots down (4 per cell).
    package var dotHeight: Int { rows * 4 }

    /// The bit of dot (dx, dy) inside a cell, dx in 0...1, dy in 0...3, as Unicode
    /// numbers braille dots: 1 2 3 7 down the left column, 4 5 6 8 down the right.
    package static func bit(dx: Int, dy: Int) -> UInt8 {
        let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
        let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
        return dx == 0 ? left[dy] : right[dy]
    }

    /// The braille character for a set of dot bits.
    package static func character(bits: UInt8) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(bits))!)
    }

    /// Sets dot (x, y), counted from the top-left dot; dots outside are ignored.
    package mutating func set(x: Int, y: Int, colour: Colour) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cell = (y / 4) * columns + x / 2
        bits[cell] |= BrailleGrid.bit(dx: x % 2, dy: y % 4)
        colours[cell] = colour
    }

    /// Whether dot (x, y) is set.
    package func isSet(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
        return bits[(y / 4) * columns + x / 2] & BrailleGrid.bit(dx: x % 2, dy: y % 4) != 0
    }

    /// Sets the dots of a straight line from (x0, y0) to (x1, y1) (Bresenham). With
    /// `dash` > 0 the line is dashed: `dash` dots on, `dash` dots off, the pattern
    /// continuing from one call to the next (so a polyline of short pieces is still
    /// dashed) until `restartDashes()`.
    package mutating func line(x0: Int, y0: Int, x1: Int, y1: Int, colour: Colour, dash: Int = 0) {
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy, x = x0, y = y0
        // A piece that starts where the last dashed piece ended does not count that dot twice.
        var skip = dash > 0 && x0 == dashEndX && y0 == dashEndY
        while true {
            if !skip {
                if dash <= 0 || (dashPhase / dash) % 2 == 0 { set(x: x, y: y, colour: colour) }
                dashPhase += 1
            }
            skip = false
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
        if dash > 0 {
            dashEndX = x1
            dashEndY = y1
        }
    }

    /// Starts the next dashed line with dots on.
    package mutating func restartDashes() {
        dashPhase = 0
        dashEndX = .min
        dashEndY = .min
    }

    /// Writes every cell that has a dot into `canvas` with its top-left at
    /// (column, row), keeping the background already there.
    package func draw(into canvas: inout Canvas, column: Int, row: Int, attributes: CellAttributes = []) {
        for r in 0..<rows {
            for c in 0..<columns {
                let i = r * columns + c
                guard bits[i] != 0, let colour = colours[i] else { continue }
                let background = canvas[column + c, row + r].background
                canvas[column + c, row + r] = Cell(BrailleGrid.character(bits: bits[i]), foreground: colour,
                                                   background: background, attributes: attributes)
            }
        }
    }
}
