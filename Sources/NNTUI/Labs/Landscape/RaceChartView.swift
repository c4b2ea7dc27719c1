import NNCore

/// The race: every method's f − f* against iteration on a log scale, in braille, each
/// in its hue (dashed in turn without colour), with a legend line per method:
///
///     ╭ f − f* ─────────────────── log ╮
///     │● gd 3.21  ◆ momentum 0.04 ✓ it 57│
///     │2.5e3┤⠑⠢⡀                        │
///     │1e-7 ┤   ⠈⠑⠢⢄⣀⣀⣀                  │
///     │      0              iteration 140│
///     ╰──────────────────────────────────╯
package enum RaceChartView {
    /// Draws the chart into `rect` (a box); needs at least 16×6 cells.
    package static func draw(_ model: RaceChartModel, in rect: Rect, palette: Palette, canvas: inout Canvas) {
        guard rect.width >= 16, rect.height >= 5 else { return }
        canvas.box(rect, title: "f − f*")
        canvas.text(" log ", column: rect.maxX - 6, row: rect.y, style: CellStyle(foreground: .dimText))
        let inside = rect.interior
        let legendRows = drawLegend(model, in: inside, canvas: &canvas)
        let body = inside.droppingTop(legendRows)
        let values = model.series.flatMap(\.gaps)
        guard body.height >= 2, let scale = LossScale(values: values, logarithmic: true) else {
            if body.height >= 1 {
                canvas.text("no losses yet", in: body.centred(Size(width: body.width, height: 1)), alignment: .centre,
                            style: CellStyle(foreground: .dimText))
            }
            return
        }
        let top = NumberText.significant(scale.upper), bottom = NumberText.significant(scale.lower)
        let labelWidth = min(8, max(top.count, bottom.count))
        let plot = Rect(x: body.x + labelWidth + 1, y: body.y, width: body.width - labelWidth - 1, height: body.height - 1)
        guard plot.width >= 2, plot.height >= 1 else { return }
        LossChartView.drawAxes(top: top, bottom: bottom, labelWidth: labelWidth, plot: plot, canvas: &canvas)
        let axis = Rect(x: plot.x, y: plot.maxY, width: plot.width, height: 1)
        let style = CellStyle(foreground: .dimText)
        canvas.text("0", in: axis, style: style)
        let end = "iteration " + NumberText.grouped(model.iteration)
        if axis.width >= end.count + 3 { canvas.text(end, in: axis, alignment: .right, style: style) }
        var grid = BrailleGrid(columns: plot.width, rows: plot.height)
        let span = Double(max(1, model.iteration))
        for series in model.series.reversed() {  // the first method on top
            grid.restartDashes()
            let dash = palette.tier.hasColour ? 0 : series.slot
            var previous: (x: Int, y: Int)?
            for (iteration, gap) in zip(series.iterations, series.gaps) {
                guard let y = scale.dotRow(gap, dotRows: grid.dotHeight) else { previous = nil; continue }
                let x = Int((Double(iteration) / span * Double(grid.dotWidth - 1)).rounded())
                if let p = previous {
                    grid.line(x0: p.x, y0: p.y, x1: x, y1: y, colour: MethodMarks.colour(series.slot), dash: dash)
                } else {
                    grid.set(x: x, y: y, colour: MethodMarks.colour(series.slot))
                }
                previous = (x, y)
            }
        }
        grid.draw(into: &canvas, column: plot.x, row: plot.y)
    }

    /// One entry per method, packed into as few rows as fit; returns the rows used.
    static func drawLegend(_ model: RaceChartModel, in rect: Rect, canvas: inout Canvas) -> Int {
        let entries: [[TextSpan]] = model.series.map { s in
            var spans = [TextSpan(String(MethodMarks.head(s.slot)) + " ", CellStyle(foreground: MethodMarks.colour(s.slot), attributes: .bold)),
                         TextSpan(s.name + " ", CellStyle(foreground: .dimText)),
                         TextSpan(NumberText.significant(s.loss), CellStyle(foreground: .text, attributes: .bold))]
            if !s.status.isEmpty {
                let good = s.status.hasPrefix("✓")
                spans.append(TextSpan(" " + s.status, CellStyle(foreground: good ? .semantic(.good) : .warning)))
            }
            return spans
        }
        var row = rect.y, x = rect.x
        for entry in entries {
            if x > rect.x && x + 2 + entry.columns > rect.maxX {
                row += 1
                x = rect.x
            }
            guard row < rect.maxY else { break }
            x = canvas.spans(entry, column: x == rect.x ? x : x + 2, row: row, maxX: rect.maxX)
        }
        return entries.isEmpty ? 0 : row - rect.y + 1
    }
}
