import Foundation

/// The lines beside (or under) the heatmap: the cell under the cursor with its
/// validation and train figures, the best cell, and the colour scale's ends.
enum SearchPanelView {
    static func draw(grid: SearchGrid, state: SearchScreenState, layout: SearchLayout, canvas: inout Canvas) {
        var area = layout.panel
        guard !area.isEmpty else { return }
        if layout.panel.x > 1 {
            canvas.box(area, title: "cell")
            area = area.interior.inset(dx: 1, dy: 0)
        }
        for (i, line) in lines(grid: grid, state: state).prefix(area.height).enumerated() {
            canvas.spans(line, column: area.x, row: area.y + i, maxX: area.maxX)
        }
    }

    static func lines(grid: SearchGrid, state: SearchScreenState) -> [[TextSpan]] {
        let dim = CellStyle(foreground: .dimText), title = CellStyle(foreground: .semantic(.title), attributes: .bold)
        let index = grid.index(column: state.column, row: state.row)
        guard grid.cells.indices.contains(index) else { return [] }
        func place(_ i: Int) -> String {
            "\(grid.xName) \(grid.xLabels[i % grid.columns]) · \(grid.yName) \(grid.yLabels[i / grid.columns])"
        }
        var lines: [[TextSpan]] = [[TextSpan("cell  ", dim), TextSpan(place(index), title)]]
        if let f = grid.cells[index] {
            func row(_ name: String, _ accuracy: Double?, _ loss: Double?) -> [TextSpan] {
                var spans = [TextSpan(name.padding(toLength: 12, withPad: " ", startingAt: 0), dim)]
                if grid.classifies {
                    spans.append(TextSpan(SearchCellText.panel(accuracy, measure: .accuracy).padding(toLength: 8, withPad: " ", startingAt: 0)))
                }
                spans.append(TextSpan("loss ", dim))
                spans.append(TextSpan(SearchCellText.panel(loss, measure: .loss)))
                return spans
            }
            lines.append(row("validation", f.validationAccuracy, f.validationLoss))
            lines.append(row("train", f.trainAccuracy, f.trainLoss))
            if f.divergedRuns > 0 {
                lines.append([TextSpan("diverged in \(f.divergedRuns) of \(f.runs) runs", CellStyle(foreground: .warning))])
            }
        } else {
            lines.append([TextSpan("not finished yet (Enter opens its setup anyway)", dim)])
        }
        if let best = grid.best {
            let figure = grid.classifies ? grid.cells[best]?.validationAccuracy : grid.cells[best]?.validationLoss
            lines.append([TextSpan("best  ", dim), TextSpan(place(best), CellStyle(foreground: .accent, attributes: .bold)),
                          TextSpan("  " + SearchCellText.panel(figure, measure: grid.classifies ? .accuracy : .loss))])
        } else {
            lines.append([TextSpan("best  none yet", dim)])
        }
        let what = "\(state.split == .validation ? "validation" : "train") \(state.shownMeasure(grid) == .accuracy ? "accuracy" : "loss")"
        lines.append([TextSpan("shown ", dim), TextSpan(what), TextSpan(" (v, m switch)", dim)])
        return lines
    }
}
