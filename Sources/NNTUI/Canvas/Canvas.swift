/// A W×H grid of cells that views draw into; a backend then presents it.
///
/// Every drawing call is clipped to `clip` (the whole canvas unless a view narrows
/// it with `withClip`), so views may draw past their edges without harm. Characters
/// that are not one column wide are drawn as `?` so the grid never shifts.
package struct Canvas: Equatable, Sendable {
    package let width: Int
    package let height: Int
    /// Row-major: the cell at (column x, row y) is `cells[y * width + x]`.
    package private(set) var cells: [Cell]
    /// Drawing outside this rectangle is ignored.
    package private(set) var clip: Rect

    /// A canvas of `size` filled with `fill` (blank background by default).
    package init(size: Size, fill: Cell = .blank) {
        width = max(0, size.width)
        height = max(0, size.height)
        cells = [Cell](repeating: fill, count: width * height)
        clip = Rect(x: 0, y: 0, width: width, height: height)
    }

    package init(width: Int, height: Int, fill: Cell = .blank) {
        self.init(size: Size(width: width, height: height), fill: fill)
    }

    package var size: Size { Size(width: width, height: height) }
    /// The whole canvas as a rectangle.
    package var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (column, row); reading outside the canvas gives a blank cell,
    /// writing outside the clip rectangle is ignored.
    package subscript(column: Int, row: Int) -> Cell {
        get {
            guard column >= 0, column < width, row >= 0, row < height else { return .blank }
            return cells[row * width + column]
        }
        set {
            guard clip.contains(column: column, row: row) else { return }
            var cell = newValue
            cell.character = cell.character.oneColumn
            cells[row * width + column] = cell
        }
    }

    /// Whether (column, row) may be drawn on now.
    package func isDrawable(column: Int, row: Int) -> Bool {
        clip.contains(column: column, row: row)
    }

    /// Runs `body` with drawing clipped to `rect` (within the current clip), then
    /// restores the previous clip.
    package mutating func withClip<T>(_ rect: Rect, _ body: (inout Canvas) -> T) -> T {
        let saved = clip
        clip = saved.intersection(rect)
        defer { clip = saved }
        return body(&self)
    }

    /// Draws `character` at (column, row) in `style`.
    package mutating func put(_ character: Character, column: Int, row: Int, style: CellStyle = .plain) {
        self[column, row] = Cell(character, foreground: style.foreground, background: style.background,
                                 attributes: style.attributes)
    }

    /// Changes the style of (column, row) but keeps its character.
    package mutating func restyle(column: Int, row: Int, _ change: (inout CellStyle) -> Void) {
        guard isDrawable(column: column, row: row) else { return }
        var cell = self[column, row]
        var style = cell.style
        change(&style)
        cell.style = style
        self[column, row] = cell
    }

    /// Fills `rect` with `character` in `style`.
    package mutating func fill(_ rect: Rect, with character: Character = " ", style: CellStyle = .plain) {
        let area = rect.intersection(clip)
        guard !area.isEmpty else { return }
        let cell = Cell(character.oneColumn, foreground: style.foreground, background: style.background,
                        attributes: style.attributes)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX { cells[row * width + column] = cell }
        }
    }

    /// The characters of one row as a string (for tests and dumps).
    package func text(row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        return String(cells[(row * width)..<(row * width + width)].map(\.character))
    }
}
