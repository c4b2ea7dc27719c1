/// Half-block pixels: each cell holds two square-ish pixels, the upper one drawn as the
/// foreground of `▀` and the lower one as its background. Pixel row `2r` is the upper
/// half of cell row `r`, pixel row `2r + 1` its lower half.
extension Canvas {
    /// The upper-half block that carries two pixels.
    package static let upperHalf: Character = "▀"
    /// The lower-half block (its foreground is the lower pixel).
    package static let lowerHalf: Character = "▄"

    /// Draws the two pixels of cell (column, row): `▀` with `top` as foreground and
    /// `bottom` as background, or a plain space of that colour when both are equal.
    package mutating func pixelPair(column: Int, row: Int, top: Colour, bottom: Colour) {
        if top == bottom {
            self[column, row] = Cell(" ", foreground: top, background: bottom)
        } else {
            self[column, row] = Cell(Canvas.upperHalf, foreground: top, background: bottom)
        }
    }

    /// The colours of the two pixels of cell (column, row) as drawn now. A cell that
    /// holds text counts as two pixels of its background.
    package func pixelPair(column: Int, row: Int) -> (top: Colour, bottom: Colour) {
        let cell = self[column, row]
        switch cell.character {
        case Canvas.upperHalf: return (cell.foreground, cell.background)
        case Canvas.lowerHalf: return (cell.background, cell.foreground)
        case "█": return (cell.foreground, cell.foreground)
        default: return (cell.background, cell.background)
        }
    }

    /// Sets one pixel (pixel row `pixelRow`, two per cell row), keeping the other
    /// pixel of the same cell.
    package mutating func setPixel(column: Int, pixelRow: Int, colour: Colour) {
        let row = pixelRow >= 0 ? pixelRow / 2 : (pixelRow - 1) / 2
        guard isDrawable(column: column, row: row) else { return }
        var (top, bottom) = pixelPair(column: column, row: row)
        if pixelRow - 2 * row == 0 { top = colour } else { bottom = colour }
        pixelPair(column: column, row: row, top: top, bottom: bottom)
    }

    /// The colour of one pixel.
    package func pixel(column: Int, pixelRow: Int) -> Colour {
        let row = pixelRow >= 0 ? pixelRow / 2 : (pixelRow - 1) / 2
        let pair = pixelPair(column: column, row: row)
        return pixelRow - 2 * row == 0 ? pair.top : pair.bottom
    }
}
