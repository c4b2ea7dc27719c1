import NNCore

/// Train, test and (when there is a validation set) validation loss against epochs
/// in braille (2×4 dots per cell), autoscaled, with a legend giving the current values:
///
///     ╭ loss ────────────── linear ╮
///     │ ━ train 0.231  ━ test 0.254│
///     │0.693┤⠑⠢⡀                   │
///     │     │  ⠈⠑⠢⢄⣀⣀⣀⣀⣀⣀⡀        │
///     │    0┤                      │
///     │      0          epoch 1,234│
///     ╰────────────────────────────╯
///
/// The axis's right label is the current epoch; the title says `recent` when only the
/// recent window is shown; under early stopping the best epoch is a dotted vertical
/// line with ▲ under it and `▲ best k` in the title bar (`LossChartView+Marks.swift`).
package enum LossChartView {
    /// Draws the chart into `rect` (a box); needs at least 12×5 cells.
    package static func draw(_ model: LossChartModel, in rect: Rect, palette: Palette, canvas: inout Canvas) {
        guard rect.width >= 12, rect.height >= 5 else { return }
        canvas.box(rect, title: model.title)
        let tag = (model.recentWindow ? " recent ·" : "") + (model.logScale ? " log " : " linear ")
        if rect.width >= tag.count + model.title.count + 8 {
            canvas.text(tag, column: rect.maxX - 1 - tag.count, row: rect.y, style: CellStyle(foreground: .dimText))
            if let best = model.bestEpoch, rect.width >= tag.count + model.title.count + bestTag(best).count + 9 {
                let note = bestTag(best)
                canvas.text(note, column: rect.maxX - 2 - tag.count - note.count, row: rect.y,
                            style: CellStyle(foreground: .semantic(.good)))
            }
        }
        let inside = rect.interior
        drawLegend(model.current, validation: model.hasValidation, in: inside.top(1), canvas: &canvas)
        let body = inside.droppingTop(1)
        let history = model.shown
        let values = history.flatMap { [$0.train, $0.test, $0.validation] }
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
        drawEpochs(history, current: model.currentEpoch, name: model.epochName, plot: plot, canvas: &canvas)
        var grid = BrailleGrid(columns: plot.width, rows: plot.height)
        let dash = palette.tier.hasColour ? 0 : 2
        if let best = model.bestEpoch {
            markBest(best, history: history, current: model.currentEpoch, name: model.epochName, plot: plot, grid: &grid,
                     canvas: &canvas)
        }
        // Train last: where the lines meet, the training line shows, and the test and
        // validation lines appear where they depart from it (over-fitting).
        if model.hasValidation {
            plotSeries(history.map { ($0.epoch, $0.validation) }, scale: scale, colour: .semantic(.validationLoss),
                       dash: palette.tier.hasColour ? 0 : 1, grid: &grid)
        }
        plotSeries(history.map { ($0.epoch, $0.test) }, scale: scale, colour: .semantic(.testLoss),
                   dash: dash, grid: &grid)
        plotSeries(history.map { ($0.epoch, $0.train) }, scale: scale, colour: .semantic(.trainLoss),
                   dash: 0, grid: &grid)
        grid.draw(into: &canvas, column: plot.x, row: plot.y)
    }

    /// `━ train 0.231  ━ test 0.254` (with `━ val 0.240` between them when there is a
    /// validation set), or the shortest form that fits.
    static func drawLegend(_ current: LossPoint?, validation: Bool = false, in rect: Rect, canvas: inout Canvas) {
        // A missing set (NaN) shows "–"; the training loss always shows its value (nan after divergence).
        func text(_ x: Double?) -> String { x.map { $0.isNaN ? "–" : NumberText.significant($0) } ?? "–" }
        let train = current.map { NumberText.significant($0.train) } ?? "–"
        let test = text(current?.test), val = text(current?.validation)
        let label = CellStyle(foreground: .dimText), value = CellStyle(foreground: .text, attributes: .bold)
        let trainMark = TextSpan("━ ", CellStyle(foreground: .semantic(.trainLoss)))
        let testMark = TextSpan("━ ", CellStyle(foreground: .semantic(.testLoss)))
        let valMark = TextSpan("━ ", CellStyle(foreground: .semantic(.validationLoss)))
        let names = validation ? [["train ", "val ", "test "], ["tr ", "va ", "te "], ["", "", ""]]
            : [["train ", "", "test "], ["tr ", "", "te "], ["", "", ""]]
        var forms: [[TextSpan]] = names.map { names in
            var spans = [trainMark, TextSpan(names[0], label), TextSpan(train, value), TextSpan("  ", label)]
            if validation { spans += [valMark, TextSpan(names[1], label), TextSpan(val, value), TextSpan("  ", label)] }
            return spans + [testMark, TextSpan(names[2], label), TextSpan(test, value)]
        }
        if validation {
            // Three values in a narrow chart: marks without their space, one space apart.
            let mark = { (span: TextSpan) in TextSpan("━", span.style) }
            forms.append([mark(trainMark), TextSpan(train, value), TextSpan(" ", label), mark(valMark), TextSpan(val, value),
                          TextSpan(" ", label), mark(testMark), TextSpan(test, value)])
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

    /// The first epoch shown and the current epoch under the plot.
    static func drawEpochs(_ history: [LossPoint], current: Int? = nil, name: EpochName = .epoch, plot: Rect,
                           canvas: inout Canvas) {
        guard let first = history.first, let last = history.last else { return }
        let style = CellStyle(foreground: .dimText)
        let row = Rect(x: plot.x, y: plot.maxY, width: plot.width, height: 1)
        let end = name.singular + " " + NumberText.grouped(current ?? Int(last.epoch.rounded(.down)))
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
