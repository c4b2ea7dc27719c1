import NNCore

/// The pad the student draws on (each of its 8×8 cells two columns wide, so a mouse hits
/// it easily; the cursor as `[]` while the pad has the keys) and, beside it, the
/// network's probability for each digit as a bar.
enum DrawPadView {
    /// The pad's cells inside the frame: 16 columns, 8 rows.
    static let padSize = Size(width: 2 * DrawPad.side, height: DrawPad.side)

    /// `glyphs`: a monochrome terminal, where ink shows as shading glyphs.
    static func draw(_ pad: DrawPad, probabilities: [Double]?, in rect: Rect, focused: Bool, glyphs: Bool = false,
                     canvas: inout Canvas) -> [DigitsHitRegion] {
        let title = focused ? "draw · space: pen \(pad.penDown ? "up" : "down") · c: clear" : "draw a digit (Tab)"
        // Without room for the lower border (a 24-row screen), the frame's sides stop at the pad.
        let inside = rect.height >= padSize.height + 2
            ? DigitsPanel.frame(rect, title: title, focused: focused, canvas: &canvas)
            : DigitsPanel.frame(Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height + 1), title: title,
                                focused: focused, canvas: &canvas)
        guard inside.width >= padSize.width, inside.height >= padSize.height else { return [] }
        var hits: [DigitsHitRegion] = []
        for r in 0..<DrawPad.side {
            for c in 0..<DrawPad.side {
                let x = inside.x + 2 * c, y = inside.y + r
                let ink = DigitInk.colour(level: pad.ink(row: r, column: c))
                let isCursor = focused && r == pad.cursorRow && c == pad.cursorColumn
                let style = CellStyle(foreground: .accent, background: ink, attributes: .bold)
                let level = Double(pad.ink(row: r, column: c)) / Double(DrawPad.fullInk)
                let blank = glyphs ? String(repeating: DigitInk.shade(level), count: 2) : "  "
                canvas.text(isCursor ? (pad.penDown ? "<>" : "[]") : blank, column: x, row: y,
                            style: glyphs ? CellStyle(attributes: isCursor ? .reverse : []) : style)
                hits.append(DigitsHitRegion(rect: Rect(x: x, y: y, width: 2, height: 1), target: .padCell(row: r, column: c)))
            }
        }
        let bars = Rect(x: inside.x + padSize.width + 2, y: inside.y, width: inside.width - padSize.width - 2,
                        height: inside.height)
        drawBars(pad.isBlank ? nil : probabilities, in: bars, canvas: &canvas)
        return hits
    }

    /// `k ████▌   0.62` for each digit k, the most probable in the accent colour; with
    /// fewer than ten rows, upright bars over the digits instead (`drawColumns`).
    static func drawBars(_ probabilities: [Double]?, in rect: Rect, canvas: inout Canvas) {
        guard rect.width >= 10, rect.height >= 3 else { return }
        guard let probabilities, probabilities.count == 10 else {
            canvas.text("P(digit)", in: rect.top(1), style: CellStyle(foreground: .dimText))
            canvas.text("draw one", in: rect.droppingTop(1).top(1), style: CellStyle(foreground: .dimText))
            return
        }
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        guard rect.height >= 10 else {
            drawColumns(probabilities, best: best, in: rect, canvas: &canvas)
            return
        }
        let barWidth = max(1, rect.width - 7)
        for k in 0..<min(10, rect.height) {
            let p = probabilities[k].isFinite ? min(max(probabilities[k], 0), 1) : 0
            let style = CellStyle(foreground: k == best ? .accent : .text, attributes: k == best ? .bold : [])
            let row = rect.y + k
            canvas.text("\(k) " + bar(p, width: barWidth).padded(to: barWidth) + NumberText.fixed(p, digits: 2).padded(left: 5),
                        in: Rect(x: rect.x, y: row, width: rect.width, height: 1), style: style)
        }
    }

    /// Ten upright bars, one column per digit over its label, the best digit and its
    /// probability under them: `P(1) 0.83`.
    static func drawColumns(_ probabilities: [Double], best: Int, in rect: Rect, canvas: inout Canvas) {
        let height = rect.height - 2
        let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        for k in 0..<10 {
            let p = probabilities[k].isFinite ? min(max(probabilities[k], 0), 1) : 0
            let eighths = Int((p * Double(height * 8)).rounded())
            let style = CellStyle(foreground: k == best ? .accent : .text)
            for r in 0..<height {
                let filled = eighths - (height - 1 - r) * 8
                guard filled > 0 else { continue }
                canvas.text(filled >= 8 ? "█" : levels[filled - 1], column: rect.x + k, row: rect.y + r, style: style)
            }
            canvas.text("\(k)", column: rect.x + k, row: rect.y + height,
                        style: k == best ? CellStyle(foreground: .accent, attributes: .bold) : CellStyle(foreground: .dimText))
        }
        canvas.text("P(\(best)) " + NumberText.fixed(probabilities[best], digits: 2), in: rect.bottom(1),
                    style: CellStyle(foreground: .accent, attributes: .bold))
    }

    /// A bar of `p` × `width` columns in eighths of a block.
    static func bar(_ p: Double, width: Int) -> String {
        let eighths = Int((p * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
    }
}
