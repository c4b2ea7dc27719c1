import NNCore

/// The bottom bar: the most useful keys (`space play/pause  s step …`), or, when
/// training has diverged, a red banner saying so and how to recover.
package enum HintBar {
    /// Draws the bar into the first row of `rect`.
    package static func draw(hints: [KeyBinding], divergedAtStep: Int?, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let row = rect.top(1)
        if let step = divergedAtStep {
            let banner = CellStyle(foreground: .semantic(.title), background: .semantic(.warningBackground),
                                   attributes: .bold)
            canvas.fill(row, style: banner)
            let options = [
                "✖ diverged at step \(NumberText.grouped(step)) — press r to reset or lower the learning rate",
                "✖ diverged at step \(NumberText.grouped(step)) — r resets, or lower the learning rate",
                "✖ diverged at step \(NumberText.grouped(step)) — press r",
            ]
            let text = options.first { $0.count + 2 <= row.width } ?? options[options.count - 1]
            canvas.text(text, in: row, alignment: .centre, style: banner)
            return
        }
        let bar = CellStyle(foreground: .dimText, background: .semantic(.barBackground))
        canvas.fill(row, style: bar)
        let key = bar.with(foreground: .accent).adding(.bold)
        var x = row.x + 1
        for binding in hints {
            guard let hint = binding.hint else { continue }
            let keys = binding.hintKeys
            let width = keys.count + 1 + hint.count
            guard x + width <= row.maxX else { break }
            x = canvas.spans([TextSpan(keys, key), TextSpan(" " + hint, bar)], column: x, row: row.y, maxX: row.maxX) + 2
        }
    }
}
