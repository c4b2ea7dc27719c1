import NNCore

/// Every variant's training loss against epochs on one chart, one colour each (and,
/// without colour, one dash pattern each), on a common epoch axis from 0 to the
/// furthest variant's epoch, with a legend of the current values by variant number
/// (`✖` for one that diverged, whose line leaves the chart where it blew up):
///
///     ╭ train loss ─────────────── linear ╮
///     │ ━ 1 0.231  ━ 2 0.254  ━ 3 0.693  │
///     │0.693┤⠑⠢⡀                          │
///     │    0┤  ⠈⠑⠢⢄⣀⣀⣀⣀⣀⣀⡀               │
///     │      0                 epoch 120 │
///     ╰──────────────────────────────────╯
package enum RaceLossChartView {
    /// Draws the chart for `variants` into `rect` (a box); needs at least 12×5 cells.
    package static func draw(_ variants: [RaceVariantModel], logScale: Bool, in rect: Rect, palette: Palette,
                             canvas: inout Canvas) {
        guard rect.width >= 12, rect.height >= 5 else { return }
        canvas.box(rect, title: "train loss")
        let tag = logScale ? " log " : " linear "
        if rect.width >= tag.count + 16 {
            canvas.text(tag, column: rect.maxX - 1 - tag.count, row: rect.y, style: CellStyle(foreground: .dimText))
        }
        let inside = rect.interior
        var x = inside.x + 1
        for variant in variants {
            let value = variant.divergedAtStep == nil && variant.trainLoss.isFinite
                ? NumberText.significant(variant.trainLoss) : "✖"
            let spans = [TextSpan("━ ", CellStyle(foreground: RaceColours.colour(variant.id))),
                         TextSpan("\(variant.number) ", CellStyle(foreground: .dimText)),
                         TextSpan(value, CellStyle(foreground: .text, attributes: .bold))]
            x = canvas.spans(spans, column: x, row: inside.y, maxX: inside.maxX) + 2
        }
        let body = inside.droppingTop(1)
        // The scale fits the variants still training: one that blew up would squash the
        // others flat (its line leaves the chart at the top).
        let training = variants.filter { $0.divergedAtStep == nil }
        let values = (training.isEmpty ? variants : training).flatMap { $0.history.map(\.train) }
        guard body.height >= 2, let scale = LossScale(values: values, logarithmic: logScale) else {
            canvas.text("no losses yet", in: body.centred(Size(width: body.width, height: 1)), alignment: .centre,
                        style: CellStyle(foreground: .dimText))
            return
        }
        let top = NumberText.significant(scale.upper), bottom = NumberText.significant(scale.lower)
        let labelWidth = min(7, max(top.count, bottom.count))
        let plot = Rect(x: body.x + labelWidth + 1, y: body.y, width: body.width - labelWidth - 1, height: body.height - 1)
        guard plot.width >= 2, plot.height >= 1 else { return }
        LossChartView.drawAxes(top: top, bottom: bottom, labelWidth: labelWidth, plot: plot, canvas: &canvas)
        let lastEpoch = variants.flatMap { $0.history.map(\.epoch) }.max() ?? 0
        let axis = [LossPoint(epoch: 0, train: 0), LossPoint(epoch: lastEpoch, train: 0)]
        LossChartView.drawEpochs(axis, name: .common(variants.map(\.epochName)), plot: plot, canvas: &canvas)
        var grid = BrailleGrid(columns: plot.width, rows: plot.height)
        for variant in variants.reversed() {  // the first variant on top
            grid.restartDashes()
            var previous: (x: Int, y: Int)?
            for point in variant.history {
                guard point.train <= scale.upper, let y = scale.dotRow(point.train, dotRows: grid.dotHeight) else {
                    previous = nil
                    continue
                }
                let x = lastEpoch > 0 ? Int((point.epoch / lastEpoch * Double(grid.dotWidth - 1)).rounded()) : 0
                let colour = RaceColours.colour(variant.id)
                if let p = previous {
                    grid.line(x0: p.x, y0: p.y, x1: x, y1: y, colour: colour,
                              dash: palette.tier.hasColour ? 0 : RaceColours.dash(variant.id))
                } else {
                    grid.set(x: x, y: y, colour: colour)
                }
                previous = (x, y)
            }
        }
        grid.draw(into: &canvas, column: plot.x, row: plot.y)
    }
}
