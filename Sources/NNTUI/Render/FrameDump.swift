/// A canvas written out as text for golden files and headless replays: the
/// characters (rows right-trimmed), then one line per run of cells that share a
/// look other than plain text on the background, e.g.
///
///     row 3 col 10-24 fg=classA(215) bg=#303030(236) bold
///
/// so that a changed frame shows up as a readable diff.
package enum FrameDump {
    /// The characters, one line per row, trailing spaces removed.
    package static func text(_ canvas: Canvas) -> String {
        (0..<canvas.height).map { row in
            var line = canvas.text(row: row)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The runs of non-plain cells, as `palette` resolves them, one per line.
    package static func styleRuns(_ canvas: Canvas, palette: Palette) -> [String] {
        let base = key(Cell.blank, palette: palette)
        var lines: [String] = []
        for row in 0..<canvas.height {
            var start = 0
            var current = key(canvas[0, row], palette: palette)
            for column in 1...canvas.width {
                let next = column < canvas.width ? key(canvas[column, row], palette: palette) : nil
                if next != current {
                    if current != base {
                        let columns = start == column - 1 ? "\(start)" : "\(start)-\(column - 1)"
                        lines.append("row \(row) col \(columns) \(current)")
                    }
                    start = column
                    if let next { current = next }
                }
            }
        }
        return lines
    }

    /// Text and runs with a header naming the tier: the golden-file format.
    package static func dump(_ canvas: Canvas, palette: Palette) -> String {
        var out = "=== frame \(canvas.size) tier \(palette.tier) ===\n"
        out += text(canvas) + "\n"
        out += "=== styles (not listed: \(key(Cell.blank, palette: palette))) ===\n"
        for line in styleRuns(canvas, palette: palette) { out += line + "\n" }
        return out
    }

    /// `fg=… bg=… attributes` of one cell as the tier shows it.
    static func key(_ cell: Cell, palette: Palette) -> String {
        let attributes = palette.resolve(cell).attributes
        var text = "fg=\(palette.label(cell.foreground)) bg=\(palette.label(cell.background))"
        if !attributes.isEmpty { text += " " + attributes.description }
        return text
    }
}
