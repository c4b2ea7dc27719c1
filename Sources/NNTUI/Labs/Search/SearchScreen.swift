import Foundation

/// One frame of the grid-search screen from plain values: a title bar, what the
/// heatmap shows, the heatmap, the panel about the cursor's cell, the progress line
/// (or a note) and the key bar. Too small a terminal gets `TooSmallView`.
package enum SearchScreen {
    package static func render(grid: SearchGrid, state: SearchScreenState, size: Size, palette: Palette) -> Canvas {
        var canvas = Canvas(size: size)
        guard size.width >= SearchLayout.minimum.width, size.height >= SearchLayout.minimum.height else {
            TooSmallView.draw(need: SearchLayout.minimum, have: size, canvas: &canvas)
            return canvas
        }
        let layout = SearchLayout(size: size, grid: grid, cursor: (state.column, state.row))
        let bar = CellStyle(foreground: .semantic(.title), background: .semantic(.barBackground), attributes: .bold)
        canvas.fill(layout.title, style: bar)
        canvas.text(" nnplay search · " + grid.title, in: layout.title, style: bar)
        let measure = state.shownMeasure(grid)
        let shown = "\(state.split == .validation ? "validation" : "train") \(measure == .accuracy ? "accuracy (%)" : "loss")"
        let long = " of each cell, mean over its seeds · * best on validation · stronger colour is better"
        let explanation = shown.count + long.count < size.width ? long : " · * best on validation · stronger is better"
        canvas.spans([TextSpan(shown, CellStyle(foreground: .accent, attributes: .bold)),
                      TextSpan(explanation, CellStyle(foreground: .dimText))],
                     column: 1, row: layout.heading.y, maxX: layout.heading.maxX)
        SearchHeatmapView.draw(grid: grid, state: state, layout: layout, palette: palette, canvas: &canvas)
        SearchPanelView.draw(grid: grid, state: state, layout: layout, canvas: &canvas)
        drawProgress(grid: grid, note: state.note, in: layout.progress, canvas: &canvas)
        HintBar.draw(hints: state.shown(SearchScreenState.bindings), divergedAtStep: nil, in: layout.hints, canvas: &canvas)
        return canvas
    }

    /// `running 12/49 runs [####......] 3.1 runs/s`, `done: 49 runs in 12.3 s`, or the note.
    static func drawProgress(grid: SearchGrid, note: String?, in rect: Rect, canvas: inout Canvas) {
        if let note {
            canvas.text(" " + note, in: rect, style: CellStyle(foreground: .warning))
            return
        }
        let seconds = grid.seconds ?? 0
        let rate = seconds > 0 ? String(format: " · %.1f runs/s · %.1f s", Double(grid.runsDone) / seconds, seconds) : ""
        if grid.finished {
            let word = grid.runsDone == grid.runsTotal ? "done" : "stopped"
            canvas.text(" \(word): \(grid.runsDone) of \(grid.runsTotal) runs\(rate)", in: rect,
                        style: CellStyle(foreground: grid.runsDone == grid.runsTotal ? .semantic(.good) : .warning))
            return
        }
        let width = 20
        let filled = grid.runsDone * width / max(1, grid.runsTotal)
        canvas.spans([TextSpan(" running \(grid.runsDone)/\(grid.runsTotal) runs ", CellStyle(foreground: .text)),
                      TextSpan(String(repeating: "█", count: filled), CellStyle(foreground: .accent)),
                      TextSpan(String(repeating: "░", count: width - filled), CellStyle(foreground: .dimText)),
                      TextSpan(rate, CellStyle(foreground: .dimText))],
                     column: rect.x, row: rect.y, maxX: rect.maxX)
    }
}
