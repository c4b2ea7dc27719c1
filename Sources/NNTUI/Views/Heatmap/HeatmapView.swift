import NNCore

/// The decision boundary: the network's output over the domain as half-block pixels
/// (two per cell), the data points on top, and ticks at both ends and the middle of
/// each axis, all in a titled box:
///
///     ╭ output ──────────╮
///     │ 6▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀│
///     │ 0      ●  ◆      │
///     │-6▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀│
///     │  -6     0      6 │
///     ╰──────────────────╯
package enum HeatmapView {
    /// Columns left of the plot for the x2 tick labels.
    package static let axisColumns = 2

    /// The cells the heatmap fills inside `rect`: the largest area with square pixels
    /// (columns = 2 × rows) that leaves room for the border and the tick labels,
    /// centred horizontally.
    package static func plotRect(in rect: Rect) -> Rect {
        let inside = rect.interior.droppingLeft(axisColumns).droppingBottom(1)
        let rows = max(0, min(inside.height, inside.width / 2))
        let columns = 2 * rows
        let extra = inside.width - columns
        return Rect(x: inside.x + extra / 2, y: inside.y, width: columns, height: rows)
    }

    /// The outer size that fits a plot of `rows` rows exactly (for the layout).
    package static func boxSize(plotRows rows: Int) -> Size {
        Size(width: 2 * rows + axisColumns + 2, height: rows + 3)
    }

    /// The pixel size of the field to ask for in `rect` (`PictureSpec.heatmap`); zero
    /// when `rect` is too small to show a plot (ask for none then: the view draws nothing).
    package static func fieldSize(in rect: Rect) -> Size {
        let plot = plotRect(in: rect)
        return Size(width: plot.width, height: plot.height * 2)
    }

    /// The domain point under cell (column, row), or nil outside the plot (for clicks
    /// that add points).
    package static func domainPoint(column: Int, row: Int, in rect: Rect,
                                   domain: ClosedRange<Double> = DatasetGenerator.domain) -> (x1: Double, x2: Double)? {
        let plot = plotRect(in: rect)
        guard plot.contains(column: column, row: row) else { return nil }
        return DecisionGrid.point(x: column - plot.x, y: row - plot.y, width: plot.width, height: plot.height,
                                  domain: domain)
    }

    /// Draws the model into `rect` and returns the plot as a click target.
    @discardableResult
    package static func draw(_ model: HeatmapModel, in rect: Rect, palette: Palette,
                            canvas: inout Canvas) -> [HitRegion] {
        guard rect.width >= 8, rect.height >= 5 else { return [] }
        canvas.box(rect, title: model.title)
        let plot = plotRect(in: rect)
        guard !plot.isEmpty else { return [] }
        let source = !model.discretize ? model.field
            : model.threshold.map { model.field.discretized(threshold: $0) } ?? model.field.discretized
        let field = source.resampled(width: plot.width, height: plot.height * 2)
        for r in 0..<plot.height {
            for c in 0..<plot.width {
                canvas[plot.x + c, plot.y + r] = palette.heatCell(top: field[c, 2 * r], bottom: field[c, 2 * r + 1],
                                                                  hues: field.hues)
            }
        }
        drawTicks(plot: plot, domain: model.domain, canvas: &canvas)
        // Test points first, so that training points win where both fall in one cell.
        if model.showTest {
            for sample in model.test {
                drawPoint(sample, isTest: true, model: model, field: field, plot: plot, palette: palette, canvas: &canvas)
            }
        }
        for sample in model.train {
            drawPoint(sample, isTest: false, model: model, field: field, plot: plot, palette: palette, canvas: &canvas)
        }
        return [HitRegion(rect: plot, target: .heatmap)]
    }

    /// Tick labels at the ends and the middle of both axes.
    static func drawTicks(plot: Rect, domain: ClosedRange<Double>, canvas: inout Canvas) {
        let style = CellStyle(foreground: .dimText)
        let low = NumberText.tick(domain.lowerBound), high = NumberText.tick(domain.upperBound)
        let mid = NumberText.tick((domain.lowerBound + domain.upperBound) / 2)
        let labelColumn = Rect(x: plot.x - axisColumns, y: plot.y, width: axisColumns, height: plot.height)
        canvas.text(high, in: labelColumn.top(1), alignment: .right, style: style)
        canvas.text(mid, in: Rect(x: labelColumn.x, y: plot.y + (plot.height - 1) / 2, width: axisColumns, height: 1),
                    alignment: .right, style: style)
        canvas.text(low, in: labelColumn.bottom(1), alignment: .right, style: style)
        let row = plot.maxY
        canvas.text(low, column: plot.x, row: row, style: style)
        canvas.text(mid, column: plot.x + plot.width / 2 - mid.count / 2, row: row, style: style)
        canvas.text(high, column: plot.maxX - high.count, row: row, style: style)
    }

    /// One data point: its class's glyph and bright hue over the pixel it falls on.
    static func drawPoint(_ sample: Sample, isTest: Bool, model: HeatmapModel, field: HeatmapField, plot: Rect,
                          palette: Palette, canvas: inout Canvas) {
        let lo = model.domain.lowerBound, span = model.domain.upperBound - model.domain.lowerBound
        guard span > 0, sample.x1.isFinite, sample.x2.isFinite, model.domain.contains(sample.x1),
              model.domain.contains(sample.x2) else { return }
        let u = (sample.x1 - lo) / span, v = (model.domain.upperBound - sample.x2) / span
        let column = min(plot.width - 1, Int(u * Double(plot.width)))
        let pixelRow = min(plot.height * 2 - 1, Int(v * Double(plot.height * 2)))
        let hue: Int, colour: Colour
        switch model.problem {
        case .classification:
            hue = max(0, Int(sample.label))
            colour = .classHue(hue)
        case .regression:
            let value = HeatmapField.normalized(sample.label, range: model.valueRange)
            hue = value < 0 ? 0 : 1
            colour = palette.valuePointColour(value)
        }
        let background: Colour = palette.tier.shadesWithGlyphs ? .background : palette.heatColour(field[column, pixelRow])
        canvas.put(PointMarks.glyph(classIndex: hue, isTest: isTest), column: plot.x + column, row: plot.y + pixelRow / 2,
                   style: CellStyle(foreground: colour, background: background, attributes: isTest ? [] : .bold))
    }
}
