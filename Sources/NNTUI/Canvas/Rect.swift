/// A size in terminal cells (columns × rows).
package struct Size: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var width: Int
    package var height: Int

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// `120×40`.
    package var description: String { "\(width)×\(height)" }
}

/// A rectangle of terminal cells: columns `x..<x+width`, rows `y..<y+height`.
/// Negative widths and heights are treated as empty.
package struct Rect: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var x: Int
    package var y: Int
    package var width: Int
    package var height: Int

    package init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle at the origin covering `size`.
    package init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    package static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// One past the last column.
    package var maxX: Int { x + width }
    /// One past the last row.
    package var maxY: Int { y + height }
    package var size: Size { Size(width: width, height: height) }
    package var isEmpty: Bool { width <= 0 || height <= 0 }

    /// `x,y 120×40`.
    package var description: String { "\(x),\(y) \(width)×\(height)" }

    /// Whether the cell (column, row) lies inside.
    package func contains(column: Int, row: Int) -> Bool {
        column >= x && column < maxX && row >= y && row < maxY
    }

    /// The overlap of two rectangles (empty, at `self`'s origin, when they do not meet).
    package func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by `dx` columns on each side and `dy` rows on each side.
    package func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The inside of a one-cell border.
    package var interior: Rect { inset(dx: 1, dy: 1) }

    /// The first `rows` rows (at most all of them).
    package func top(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: min(max(0, rows), height))
    }

    /// The last `rows` rows (at most all of them).
    package func bottom(_ rows: Int) -> Rect {
        let h = min(max(0, rows), height)
        return Rect(x: x, y: maxY - h, width: width, height: h)
    }

    /// The first `columns` columns (at most all of them).
    package func left(_ columns: Int) -> Rect {
        Rect(x: x, y: y, width: min(max(0, columns), width), height: height)
    }

    /// The last `columns` columns (at most all of them).
    package func right(_ columns: Int) -> Rect {
        let w = min(max(0, columns), width)
        return Rect(x: maxX - w, y: y, width: w, height: height)
    }

    /// The rectangle without its first `rows` rows.
    package func droppingTop(_ rows: Int) -> Rect {
        let h = min(max(0, rows), height)
        return Rect(x: x, y: y + h, width: width, height: height - h)
    }

    /// The rectangle without its last `rows` rows.
    package func droppingBottom(_ rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - min(max(0, rows), height))
    }

    /// The rectangle without its first `columns` columns.
    package func droppingLeft(_ columns: Int) -> Rect {
        let w = min(max(0, columns), width)
        return Rect(x: x + w, y: y, width: width - w, height: height)
    }

    /// The rectangle without its last `columns` columns.
    package func droppingRight(_ columns: Int) -> Rect {
        Rect(x: x, y: y, width: width - min(max(0, columns), width), height: height)
    }

    /// A `size` rectangle centred in this one (clipped to it).
    package func centred(_ size: Size) -> Rect {
        let w = min(size.width, width), h = min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }
}
