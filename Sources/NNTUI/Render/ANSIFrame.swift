/// A canvas as the escape sequences a terminal (or an asciicast player) needs to show
/// it: each row positioned with CUP, runs of cells that look alike introduced by one
/// SGR, colours as the palette's tier resolves them (the 8/16 basic colours with their
/// own codes, the 256-colour table with `38;5;n`, direct colour with `38;2;r;g;b`).
///
/// Every cell of a written row is written, so a frame needs no clearing unless the
/// size changed; it ends with the style reset. Pure text, no terminal: `--cast` writes it into an
/// asciicast file.
package enum ANSIFrame {
    static let escape = "\u{1B}["

    /// The sequences that draw `canvas` from the top-left corner of the screen. Given
    /// the `previous` frame of the same size (already on screen), only the rows that
    /// differ are written: a cast of a long session stays small.
    package static func text(_ canvas: Canvas, palette: Palette, previous: Canvas? = nil) -> String {
        var out = ""
        out.reserveCapacity(canvas.width * canvas.height * 2)
        let unchanged: (Int) -> Bool = { row in
            guard let previous, previous.size == canvas.size else { return false }
            return (0..<canvas.width).allSatisfy { previous[$0, row] == canvas[$0, row] }
        }
        for row in 0..<canvas.height where !unchanged(row) {
            out += "\(escape)\(row + 1);1H"
            var current: ResolvedStyle?
            for column in 0..<canvas.width {
                let cell = canvas[column, row]
                let style = palette.resolve(cell)
                if style != current {
                    out += sgr(style)
                    current = style
                }
                out.append(cell.character)
            }
        }
        return out + "\(escape)0m"
    }

    /// The sequence that clears the screen (before the first frame and after a resize).
    package static let clear = "\(escape)0m\(escape)2J\(escape)H"

    /// One SGR setting every part of `style` (after a reset, so nothing carries over).
    static func sgr(_ style: ResolvedStyle) -> String {
        var codes = ["0"]
        let attributes = style.attributes
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        codes.append(code(style.foreground, base: 30, bright: 90, extended: 38, reset: 39))
        codes.append(code(style.background, base: 40, bright: 100, extended: 48, reset: 49))
        return escape + codes.joined(separator: ";") + "m"
    }

    private static func code(_ colour: TerminalColour, base: Int, bright: Int, extended: Int, reset: Int) -> String {
        switch colour {
        case .default: return "\(reset)"
        case .indexed(let i) where (0..<8).contains(i): return "\(base + i)"
        case .indexed(let i) where (8..<16).contains(i): return "\(bright + i - 8)"
        case .indexed(let i): return "\(extended);5;\(max(0, min(255, i)))"
        case .direct(let rgb): return "\(extended);2;\(rgb.red);\(rgb.green);\(rgb.blue)"
        }
    }
}
