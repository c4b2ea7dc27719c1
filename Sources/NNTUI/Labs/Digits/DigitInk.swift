/// The colours of the digits lab's little images: ink levels as greys, and weights as
/// the playground's two weight hues (blue positive, orange negative), stronger with size.
enum DigitInk {
    /// A shade lighter than the screen, so an 8×8 image shows its edges even where it is blank.
    static let paper = RGB(0x303030)
    static let ink = RGB(0xF0F0F0)
    static let positive = RGB(0x5FAFFF)
    static let negative = RGB(0xFF8700)

    /// The grey of ink level `level` (0 blank … 16 full).
    static func colour(level: UInt8) -> Colour {
        .rgb(paper.mixed(with: ink, Double(min(level, 16)) / 16))
    }

    /// The grey of an input in 0…1 (a pixel count divided by 16).
    static func colour(input: Double) -> Colour {
        .rgb(paper.mixed(with: ink, min(max(input, 0), 1)))
    }

    /// A weight `w` against the largest magnitude `scale` of its image.
    static func colour(weight w: Double, scale: Double) -> Colour {
        guard scale > 0, w.isFinite else { return .rgb(paper) }
        let t = min(1, w.magnitude / scale)
        return .rgb(paper.mixed(with: w >= 0 ? positive : negative, t))
    }

    /// The shading glyphs of a monochrome terminal, from none to full.
    static let shades: [Character] = [" ", "░", "▒", "▓", "█"]

    /// The glyph for strength `t` in 0…1 on a monochrome terminal.
    static func shade(_ t: Double) -> Character {
        shades[Int((min(max(t.isFinite ? t : 0, 0), 1) * Double(shades.count - 1)).rounded())]
    }

    /// Draws an 8×8 image (64 colours, row by row) as 8 columns × 4 rows of half-block
    /// pixel pairs with its top left at (column, row). With `strengths` (64 values
    /// 0…1), for a monochrome terminal, each cell is instead the shading glyph of its
    /// two pixels' mean.
    static func drawImage(_ colours: [Colour], strengths: [Double]? = nil, column: Int, row: Int,
                          canvas: inout Canvas) {
        for r in 0..<4 {
            for c in 0..<8 {
                let top = (2 * r) * 8 + c, bottom = (2 * r + 1) * 8 + c
                if let strengths {
                    canvas.put(shade((strengths[top] + strengths[bottom]) / 2), column: column + c, row: row + r)
                } else {
                    canvas.pixelPair(column: column + c, row: row + r, top: colours[top], bottom: colours[bottom])
                }
            }
        }
    }
}
