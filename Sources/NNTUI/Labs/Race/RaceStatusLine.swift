import NNCore

/// The race screen's top bar: running or paused, the race's step, the pace and the
/// frame rate: `▶ race · step 1,234 · 60 ep/s · 40 fps`.
package enum RaceStatusLine {
    package static func draw(_ model: RaceScreenModel, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let bar = CellStyle(foreground: .text, background: .semantic(.barBackground))
        canvas.fill(rect.top(1), style: bar)
        let state = model.isPlaying ? TextSpan("▶ racing", bar.with(foreground: .semantic(.good)).adding(.bold))
            : TextSpan("❚❚ paused", bar.with(foreground: .dimText).adding(.bold))
        let diverged = model.variants.filter { $0.divergedAtStep != nil }.count
        var spans = [state, TextSpan("  step " + NumberText.grouped(model.sessionStep), bar),
                     TextSpan("  pace " + model.pace, bar)]
        if diverged > 0 {
            spans.append(TextSpan("  ✖ \(diverged) diverged", bar.with(foreground: .warning).adding(.bold)))
        }
        if model.framesPerSecond > 0 {
            spans.append(TextSpan("  \(Int(model.framesPerSecond.rounded())) fps", bar.with(foreground: .dimText)))
        }
        canvas.spans(spans, column: rect.x + 1, row: rect.y, maxX: rect.maxX)
    }
}
