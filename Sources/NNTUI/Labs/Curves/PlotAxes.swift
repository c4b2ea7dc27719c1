import NNCore

/// The frame around a plot: y labels in a left margin, x labels on the bottom row,
/// and the rectangle left for the dots.
struct PlotAxes {
    /// Where the braille grid goes.
    let plot: Rect
    private let area: Rect
    private let margin: Int

    /// Splits `area`: `margin` columns for y labels on the left, one row for x labels.
    init(_ area: Rect, margin: Int = 7) {
        self.area = area
        self.margin = margin
        plot = Rect(x: area.x + margin, y: area.y, width: max(0, area.width - margin), height: max(0, area.height - 1))
    }

    /// Labels at the top, middle and bottom of the y axis, and a tick line.
    func drawY(top: String, middle: String?, bottom: String, canvas: inout Canvas) {
        let style = CellStyle(foreground: .dimText)
        let width = margin - 1
        canvas.text(top, in: Rect(x: area.x, y: plot.y, width: width, height: 1), alignment: .right, style: style)
        canvas.text(bottom, in: Rect(x: area.x, y: plot.maxY - 1, width: width, height: 1), alignment: .right,
                    style: style)
        if let middle, plot.height >= 5 {
            canvas.text(middle, in: Rect(x: area.x, y: plot.y + plot.height / 2, width: width, height: 1),
                        alignment: .right, style: style)
        }
        canvas.verticalLine(Rect(x: plot.x - 1, y: plot.y, width: 1, height: plot.height), character: "│",
                            style: style)
    }

    /// Labels under the x axis: the first at the left, the last at the right, the rest
    /// spread evenly between (each centred on its place, dropped where they would collide).
    func drawX(_ labels: [String], canvas: inout Canvas) {
        let style = CellStyle(foreground: .dimText)
        let row = plot.maxY
        canvas.text("└", column: plot.x - 1, row: row, style: style)
        guard !labels.isEmpty, plot.width > 0 else { return }
        var nextFree = plot.x
        for (i, label) in labels.enumerated() {
            let centre = labels.count == 1 ? plot.x
                : plot.x + Int((Double(i) / Double(labels.count - 1) * Double(plot.width - 1)).rounded())
            var start = centre - label.count / 2
            start = max(plot.x, min(plot.maxX - label.count, start))
            guard start >= nextFree else { continue }
            canvas.text(label, column: start, row: row, style: style)
            nextFree = start + label.count + 1
        }
    }
}
