/// Where the search screen puts things at one terminal size: the heatmap (cells as
/// wide and tall as fit, scrolled to keep the cursor in view when the grid is larger
/// than the screen), its axis labels, the panel about the cell under the cursor (to
/// the right when there is room, else below), the progress line and the key bar. A
/// pure function of the size, the grid's shape and the cursor, shared by the view
/// (to draw) and the state machine (to map a click to a cell).
package struct SearchLayout: Equatable, Sendable {
    package var size: Size
    package var title: Rect
    package var heading: Rect
    /// The column of y-axis labels, left of the cells.
    package var labelWidth: Int
    /// The top-left corner of the first visible cell.
    package var gridX: Int
    package var gridY: Int
    package var cellWidth: Int
    package var cellHeight: Int
    package var firstColumn: Int
    package var firstRow: Int
    package var visibleColumns: Int
    package var visibleRows: Int
    /// The row of x-axis labels, under the cells.
    package var xLabelsRow: Int
    package var panel: Rect
    package var progress: Rect
    package var hints: Rect

    /// The smallest terminal the screen draws on.
    package static let minimum = Size(width: 60, height: 16)
    /// The width of the panel when it sits right of the heatmap.
    static let sidePanelWidth = 44

    package init(size: Size, grid: SearchGrid, cursor: (column: Int, row: Int)) {
        self.size = size
        title = Rect(x: 0, y: 0, width: size.width, height: 1)
        heading = Rect(x: 0, y: 1, width: size.width, height: 1)
        hints = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        progress = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
        let side = size.width >= 100
        let belowRows = side ? 0 : 5
        let top = 3
        let bottom = progress.y - 1 - belowRows  // exclusive: the last rows go to x labels
        let areaWidth = side ? size.width - Self.sidePanelWidth - 2 : size.width
        panel = side ? Rect(x: size.width - Self.sidePanelWidth, y: top - 1, width: Self.sidePanelWidth, height: progress.y - top)
                     : Rect(x: 0, y: progress.y - belowRows, width: size.width, height: belowRows)
        labelWidth = max(grid.yLabels.map(\.count).max() ?? 0, grid.yName.count) + 2
        let columns = max(1, grid.columns), rows = max(1, grid.rows)
        let availableWidth = max(5, areaWidth - labelWidth - 1)
        let availableRows = max(1, bottom - top - 1)
        cellWidth = min(9, max(5, availableWidth / columns))
        cellHeight = min(3, max(1, availableRows / rows))
        visibleColumns = min(columns, max(1, availableWidth / cellWidth))
        visibleRows = min(rows, max(1, availableRows / cellHeight))
        func first(_ cursor: Int, visible: Int, count: Int) -> Int {
            min(max(0, cursor - visible / 2), count - visible)
        }
        firstColumn = first(cursor.column, visible: visibleColumns, count: columns)
        firstRow = first(cursor.row, visible: visibleRows, count: rows)
        gridX = labelWidth
        gridY = top
        xLabelsRow = gridY + visibleRows * cellHeight
        if !side {  // right under the x axis's name
            panel = Rect(x: 1, y: xLabelsRow + 2, width: size.width - 1, height: max(0, progress.y - xLabelsRow - 2))
        }
    }

    /// The screen rectangle of cell (column, row), nil when it is scrolled out of view.
    package func cellRect(column: Int, row: Int) -> Rect? {
        guard (firstColumn..<(firstColumn + visibleColumns)).contains(column),
              (firstRow..<(firstRow + visibleRows)).contains(row) else { return nil }
        return Rect(x: gridX + (column - firstColumn) * cellWidth, y: gridY + (row - firstRow) * cellHeight,
                    width: cellWidth, height: cellHeight)
    }

    /// The cell drawn at a screen position, if any.
    package func cell(atColumn x: Int, row y: Int) -> (column: Int, row: Int)? {
        guard x >= gridX, y >= gridY else { return nil }
        let column = firstColumn + (x - gridX) / cellWidth, row = firstRow + (y - gridY) / cellHeight
        guard column < firstColumn + visibleColumns, row < firstRow + visibleRows else { return nil }
        return (column, row)
    }
}
