/// What the screen shows when the terminal is below the minimum size:
/// "terminal too small: need 80×24 (now 70×20)", centred.
package enum TooSmallView {
    package static func draw(need: Size, have: Size, canvas: inout Canvas) {
        let bounds = canvas.bounds
        canvas.fill(bounds)
        let lines: [(String, CellStyle)] = [
            ("terminal too small: need \(need)", CellStyle(foreground: .warning, attributes: .bold)),
            ("now \(have): enlarge the window", CellStyle(foreground: .text)),
            ("or press q to quit", CellStyle(foreground: .dimText)),
        ]
        let shown = lines.prefix(max(1, bounds.height))
        let top = bounds.y + max(0, (bounds.height - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            canvas.text(line.0, in: Rect(x: bounds.x, y: top + i, width: bounds.width, height: 1), alignment: .centre,
                        style: line.1)
        }
    }
}
