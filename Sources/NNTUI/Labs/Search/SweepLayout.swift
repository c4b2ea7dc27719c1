/// Where the sweep screen puts things: small multiples of the runs' heatmaps in rows
/// (as many as fit, scrolled to keep the selected run in view), the spread table to
/// the right when there is room (else below), the progress line and the key bar.
package struct SweepLayout: Equatable, Sendable {
    package var title: Rect
    package var table: Rect
    package var progress: Rect
    package var hints: Rect
    /// The heatmap's columns and rows inside each thumbnail's box.
    package var thumbWidth: Int
    package var thumbHeight: Int
    package var columns: Int
    package var rows: Int
    /// The first run shown (a multiple of `columns`).
    package var first: Int
    private var origin: (x: Int, y: Int)

    package static let minimum = Size(width: 60, height: 16)
    static let tableWidth = 44

    package static func == (a: SweepLayout, b: SweepLayout) -> Bool {
        a.title == b.title && a.table == b.table && a.first == b.first && a.columns == b.columns && a.rows == b.rows
            && a.thumbWidth == b.thumbWidth && a.thumbHeight == b.thumbHeight
    }

    package init(size: Size, runs: Int, selected: Int) {
        title = Rect(x: 0, y: 0, width: size.width, height: 1)
        hints = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        progress = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
        let side = size.width >= 100
        let tableRows = 9
        table = side ? Rect(x: size.width - Self.tableWidth, y: 2, width: Self.tableWidth, height: tableRows)
                     : Rect(x: 0, y: progress.y - tableRows, width: size.width, height: tableRows)
        let areaWidth = side ? size.width - Self.tableWidth - 1 : size.width
        let areaHeight = (side ? progress.y : table.y) - 2
        let large = areaHeight >= 2 * 10 && areaWidth >= 3 * 19
        thumbWidth = large ? 16 : 12
        thumbHeight = large ? 8 : 5
        columns = max(1, areaWidth / (thumbWidth + 3))
        rows = max(1, areaHeight / (thumbHeight + 2))
        let selectedRow = selected / columns
        let firstRow = min(max(0, selectedRow - rows + 1), max(0, (runs + columns - 1) / columns - rows))
        first = max(0, min(firstRow, selectedRow)) * columns
        origin = (1, 2)
    }

    /// The box of run `index` (border included), nil when it is scrolled out of view.
    package func box(_ index: Int) -> Rect? {
        let slot = index - first
        guard slot >= 0, slot < columns * rows else { return nil }
        return Rect(x: origin.x + (slot % columns) * (thumbWidth + 3), y: origin.y + (slot / columns) * (thumbHeight + 2),
                    width: thumbWidth + 2, height: thumbHeight + 2)
    }

    /// The run whose box holds a screen position, if any.
    package func run(atColumn x: Int, row y: Int, runs: Int) -> Int? {
        (first..<min(runs, first + columns * rows)).first { box($0)?.contains(column: x, row: y) == true }
    }
}
