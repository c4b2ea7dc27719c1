/// The line-drawing characters of one box style.
package struct BoxStyle: Equatable, Sendable {
    package let topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: Character

    /// Thin lines with rounded corners: `╭─╮ │ ╰─╯`.
    package static let rounded = BoxStyle(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
                                         horizontal: "─", vertical: "│")
    /// Thin lines with square corners: `┌─┐ │ └─┘`.
    package static let square = BoxStyle(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                                        horizontal: "─", vertical: "│")
    /// Heavy lines, for what has the focus: `┏━┓ ┃ ┗━┛`.
    package static let heavy = BoxStyle(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛",
                                       horizontal: "━", vertical: "┃")
    /// Double lines, for overlays: `╔═╗ ║ ╚═╝`.
    package static let double = BoxStyle(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝",
                                        horizontal: "═", vertical: "║")
}

extension Canvas {
    /// Draws the border of `rect` (at least 2×2) and a title in its top edge, e.g.
    /// `╭─ network ───╮`; the title is cut to fit. `titleStyle` defaults to bold text.
    package mutating func box(_ rect: Rect, title: String? = nil, boxStyle: BoxStyle = .rounded,
                             style: CellStyle = CellStyle(foreground: .border),
                             titleStyle: CellStyle? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for x in (rect.x + 1)..<right {
            put(boxStyle.horizontal, column: x, row: rect.y, style: style)
            put(boxStyle.horizontal, column: x, row: bottom, style: style)
        }
        for y in (rect.y + 1)..<bottom {
            put(boxStyle.vertical, column: rect.x, row: y, style: style)
            put(boxStyle.vertical, column: right, row: y, style: style)
        }
        put(boxStyle.topLeft, column: rect.x, row: rect.y, style: style)
        put(boxStyle.topRight, column: right, row: rect.y, style: style)
        put(boxStyle.bottomLeft, column: rect.x, row: bottom, style: style)
        put(boxStyle.bottomRight, column: right, row: bottom, style: style)
        if let title, !title.isEmpty, rect.width >= 6 {
            let shown = " " + title.truncated(to: rect.width - 4) + " "
            let titleLook = titleStyle ?? CellStyle(foreground: .title, attributes: .bold)
            text(shown, column: rect.x + 1, row: rect.y, style: titleLook)
        }
    }

    /// A horizontal line across `rect`'s first row.
    package mutating func horizontalLine(_ rect: Rect, character: Character = "─",
                                        style: CellStyle = CellStyle(foreground: .border)) {
        for x in rect.x..<rect.maxX { put(character, column: x, row: rect.y, style: style) }
    }

    /// A vertical line down `rect`'s first column.
    package mutating func verticalLine(_ rect: Rect, character: Character = "│",
                                      style: CellStyle = CellStyle(foreground: .border)) {
        for y in rect.y..<rect.maxY { put(character, column: rect.x, row: y, style: style) }
    }
}
