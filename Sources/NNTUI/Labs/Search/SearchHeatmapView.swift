import Foundation

/// The grid search's heatmap, as the course notes draw η × λ with seaborn: one
/// rectangle per cell coloured by its figure (stronger is better: higher accuracy,
/// lower loss on a log scale), its value written in it, the best cell starred and
/// bold, the cursor in brackets, unfinished cells a dim dot; the y ladder on the left,
/// the x ladder underneath.
package enum SearchHeatmapView {
    package static func draw(grid: SearchGrid, state: SearchScreenState, layout: SearchLayout, palette: Palette,
                             canvas: inout Canvas) {
        let measure = state.shownMeasure(grid)
        let scale = SearchColourScale(grid: grid, split: state.split, measure: measure)
        let label = CellStyle(foreground: .dimText)
        canvas.text(grid.yName + " ↓", in: Rect(x: 0, y: layout.gridY - 1, width: layout.labelWidth + 4, height: 1),
                    style: CellStyle(foreground: .semantic(.title), attributes: .bold))
        for row in layout.firstRow..<(layout.firstRow + layout.visibleRows) {
            guard let rect = layout.cellRect(column: layout.firstColumn, row: row) else { continue }
            let text = grid.yLabels[row]
            canvas.text(text, in: Rect(x: 0, y: rect.y + rect.height / 2, width: layout.labelWidth - 1, height: 1),
                        alignment: .right, style: label)
        }
        for column in layout.firstColumn..<(layout.firstColumn + layout.visibleColumns) {
            for row in layout.firstRow..<(layout.firstRow + layout.visibleRows) {
                guard let rect = layout.cellRect(column: column, row: row) else { continue }
                drawCell(grid.index(column: column, row: row), rect: rect, grid: grid, state: state,
                         cursor: column == state.column && row == state.row, scale: scale, palette: palette,
                         canvas: &canvas)
            }
            if let rect = layout.cellRect(column: column, row: layout.firstRow) {
                canvas.text(grid.xLabels[column], in: Rect(x: rect.x, y: layout.xLabelsRow, width: rect.width, height: 1),
                            alignment: .centre, style: label)
            }
        }
        let gridWidth = layout.visibleColumns * layout.cellWidth
        var name = grid.xName + " →"
        if layout.visibleColumns < grid.columns || layout.visibleRows < grid.rows {
            name += "  (cells \(layout.firstColumn + 1)-\(layout.firstColumn + layout.visibleColumns) of \(grid.columns) × "
                + "\(layout.firstRow + 1)-\(layout.firstRow + layout.visibleRows) of \(grid.rows))"
        }
        canvas.text(name, in: Rect(x: layout.gridX, y: layout.xLabelsRow + 1, width: max(gridWidth, name.count), height: 1),
                    alignment: .centre, style: CellStyle(foreground: .semantic(.title), attributes: .bold))
    }

    private static func drawCell(_ index: Int, rect: Rect, grid: SearchGrid, state: SearchScreenState, cursor: Bool,
                                 scale: SearchColourScale, palette: Palette, canvas: inout Canvas) {
        let value = grid.value(index, split: state.split, measure: state.shownMeasure(grid))
        let isBest = index == grid.best
        let middle = rect.y + rect.height / 2
        var textStyle = CellStyle(foreground: .semantic(.title))
        let text: String
        if let figures = grid.cells[index], figures.runs > 0, figures.divergedRuns == figures.runs {
            canvas.fill(rect)  // every run diverged: whatever the figures say, nothing was learnt
            textStyle = CellStyle(foreground: .warning)
            text = (isBest ? "*" : "") + "div"
        } else if let value {
            let fill = scale.fill(value, palette: palette)
            canvas.fill(rect, with: fill.character, style: fill.style)
            if fill.style.background != .semantic(.background) && !palette.tier.shadesWithGlyphs {
                textStyle = textStyle.with(background: fill.style.background)
            }
            if !value.isFinite { textStyle = textStyle.with(foreground: .warning) }
            text = (isBest ? "*" : "") + SearchCellText.figure(value, measure: state.shownMeasure(grid), width: rect.width - 3)
        } else {
            canvas.fill(rect)
            textStyle = CellStyle(foreground: .dimText)
            text = "·"
        }
        if isBest { textStyle = textStyle.adding(.bold) }
        canvas.text(text, in: Rect(x: rect.x + 1, y: middle, width: rect.width - 2, height: 1), alignment: .centre,
                    style: textStyle)
        if cursor {
            var bracket = CellStyle(foreground: .accent, attributes: .bold)
            if textStyle.background != .background { bracket = bracket.with(background: textStyle.background) }
            canvas.put("[", column: rect.x, row: middle, style: bracket)
            canvas.put("]", column: rect.maxX - 1, row: middle, style: bracket)
        }
    }
}
