import NNCore

/// Train and test loss against epochs in braille (2×4 dots per cell), autoscaled,
/// with a legend giving the current values:
///
///     ╭ loss ────────────── linear ╮
///     │ ━ train 0.231  ━ test 0.254│
///     │0.693┤⠑⠢⡀                   │
///     │     │  ⠈⠑⠢⢄⣀⣀⣀⣀⣀⣀⡀        │
///     │    0┤                      │
///     │      0          epoch 1,234│
///     ╰────────────────────────────╯
public enum LossChartView {
    /// Draws the chart into `rect` (a box); needs at least 12×5 cells.
    public static func draw(_ model: LossChartModel, in rect: Rect, palette: Palette, canvas: inout Canvas) {
        guard rect.width >= 12, rect.height >= 5 else { return }
        canvas.box(rect, title: model.title)
        let tag = model.logScale ? " log " : " linear "
        if rect.width >= tag.count + model.title.count + 8 {
            canvas.text(tag, column: rect.maxX - 1 - tag.count, row: rect.y, style: CellStyle(foreground: .dimText))
        }
        let inside = rect.interior
        drawLegend(model.current, in: inside.top(1), canvas: &canvas)
        let body = inside.droppingTop(1)
        let values = model.history.flatMap { [$0.train, $0.test] }
        guard body.height >= 2, let scale = LossScale(values: values, logarithmic: model.logScale) else {
            canvas.text("no losses yet", in: body.centred(Size(width: body.width, height: 1)), alignment: .centre,
                        style: CellStyle(foreground: .dimText))
            return
        }
        let chartRows = body.height - 1
        let topLabel = NumberText.significant(scale.upper), bottomLabel = NumberText.significant(scale.lower)
        let labelWidth = min(7, max(topLabel.count, bottomLabel.count))
        let plot = Rect(x: body.x + labelWidth + 1, y: body.y, width: body.width - labelWidth - 1, height: chartRows)
        guard plot.width >= 2 else { return }
        drawAxes(top: topLabel, bottom: bottomLabel, labelWidth: labelWidth, plot: plot, canvas: &canvas)
        drawEpochs(model.history, plot: plot, canvas: &canvas)
        var grid = BrailleGrid(columns: plot.width, rows: plot.height)
        let dash = palette.tier.hasColour ? 0 : 2
        // Train last: where the lines meet, the training line shows, and the test line
        // appears where it departs from it (over-fitting).
        plotSeries(model.history.map { ($0.epoch, $0.test) }, scale: scale, colour: .semantic(.testLoss),
                   dash: dash, grid: &grid)
        plotSeries(model.history.map { ($0.epoch, $0.train) }, scale: scale, colour: .semantic(.trainLoss),
                   dash: 0, grid: &grid)
        grid.draw(into: &canvas, column: plot.x, row: plot.y)
    }

    /// `━ train 0.231  ━ test 0.254`, or the shortest form that fits.
    static func drawLegend(_ current: LossPoint?, in rect: Rect, canvas: inout Canvas) {
        let train = current.map { NumberText.significant($0.train) } ?? "–"
        let test = current.map { $0.test.isNaN ? "–" : NumberText.significant($0.test) } ?? "–"
        let label = CellStyle(foreground: .dimText), value = CellStyle(foreground: .text, attributes: .bold)
        let trainMark = TextSpan("━ ", CellStyle(foreground: .semantic(.trainLoss)))
        let testMark = TextSpan("━ ", CellStyle(foreground: .semantic(.testLoss)))
        let forms: [[TextSpan]] = [["train ", "test "], ["tr ", "te "], ["", ""]].map { names in
            [trainMark, TextSpan(names[0], label), TextSpan(train, value), TextSpan("  ", label),
             testMark, TextSpan(names[1], label), TextSpan(test, value)]
        }
        let spans = forms.first { $0.columns <= rect.width } ?? forms[forms.count - 1]
        canvas.spans(spans, column: rect.x, row: rect.y, maxX: rect.maxX)
    }

    /// The value labels and the axis line left of the plot.
    static func drawAxes(top: String, bottom: String, labelWidth: Int, plot: Rect, canvas: inout Canvas) {
        let style = CellStyle(foreground: .dimText), line = CellStyle(foreground: .border)
        let labels = Rect(x: plot.x - labelWidth - 1, y: plot.y, width: labelWidth, height: plot.height)
        canvas.text(top, in: labels.top(1), alignment: .right, style: style)
        canvas.text(bottom, in: labels.bottom(1), alignment: .right, style: style)
        for row in plot.y..<plot.maxY {
            let glyph: Character = row == plot.y || row == plot.maxY - 1 ? "┤" : "│"
            canvas.put(glyph, column: plot.x - 1, row: row, style: line)
        }
    }

    /// The first and last epoch under the plot.
    static func drawEpochs(_ history: [LossPoint], plot: Rect, canvas: inout Canvas) {
        guard let first = history.first, let last = history.last else { return }
        let style = CellStyle(foreground: .dimText)
        let row = Rect(x: plot.x, y: plot.maxY, width: plot.width, height: 1)
        let end = "epoch " + NumberText.grouped(Int(last.epoch.rounded(.down)))
        canvas.text(NumberText.grouped(Int(first.epoch.rounded(.down))), in: row, style: style)
        if plot.width >= end.count + 4 { canvas.text(end, in: row, alignment: .right, style: style) }
    }

    /// One series as connected dots; a non-finite value breaks the line.
    static func plotSeries(_ series: [(epoch: Double, loss: Double)], scale: LossScale, colour: Colour, dash: Int,
                     grid: inout BrailleGrid) {
        guard let first = series.first?.epoch, let last = series.last?.epoch else { return }
        grid.restartDashes()
        let span = last - first
        var previous: (x: Int, y: Int)?
        for (epoch, loss) in series {
            guard let y = scale.dotRow(loss, dotRows: grid.dotHeight) else {
                previous = nil
                continue
            }
            let x = span > 0 ? Int(((epoch - first) / span * Double(grid.dotWidth - 1)).rounded()) : 0
            if let p = previous {
                grid.line(x0: p.x, y0: p.y, x1: x, y1: y, colour: colour, dash: dash)
            } else {
                grid.set(x: x, y: y, colour: colour)
            }
            previous = (x, y)
        }
    }
}
