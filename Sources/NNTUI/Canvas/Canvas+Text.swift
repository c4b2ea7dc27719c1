/// How a line of text sits in the width it is given.
package enum TextAlignment: Sendable {
    case left, centre, right
}

extension Canvas {
    /// Draws `text` on one row starting at `column`, clipped to the clip rectangle;
    /// returns the column after the last character (whether or not it was visible).
    @discardableResult
    package mutating func text(_ text: String, column: Int, row: Int, style: CellStyle = .plain) -> Int {
        var x = column
        for character in text {
            put(character, column: x, row: row, style: style)
            x += 1
        }
        return x
    }

    /// Draws `text` in the first row of `rect`, aligned and cut with `…` to its width.
    @discardableResult
    package mutating func text(_ text: String, in rect: Rect, alignment: TextAlignment = .left,
                              style: CellStyle = .plain) -> Int {
        guard !rect.isEmpty else { return rect.x }
        let shown = text.truncated(to: rect.width)
        let x: Int
        switch alignment {
        case .left: x = rect.x
        case .centre: x = rect.x + (rect.width - shown.count) / 2
        case .right: x = rect.maxX - shown.count
        }
        return withClip(rect) { $0.text(shown, column: x, row: rect.y, style: style) }
    }

    /// Draws a sequence of differently styled pieces one after another on one row,
    /// clipped to `maxX`; returns the column after the last piece.
    @discardableResult
    package mutating func spans(_ spans: [TextSpan], column: Int, row: Int, maxX: Int? = nil) -> Int {
        let limit = Rect(x: column, y: row, width: (maxX ?? width) - column, height: 1)
        return withClip(limit) { canvas in
            var x = column
            for span in spans { x = canvas.text(span.text, column: x, row: row, style: span.style) }
            return x
        }
    }
}

/// A piece of text with its own style, for lines that mix colours.
package struct TextSpan: Equatable, Sendable {
    package var text: String
    package var style: CellStyle

    package init(_ text: String, _ style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }
}

extension Array where Element == TextSpan {
    /// The total width in columns.
    package var columns: Int { reduce(0) { $0 + $1.text.count } }
}
