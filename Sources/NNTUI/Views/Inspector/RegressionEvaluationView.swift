import NNCore

/// The evaluation view for regression: R² and MSE, predicted against actual as a
/// scatter (a perfect fit lies on the dashed diagonal), and the residuals y − ŷ as a
/// histogram centred on 0 (a good fit is a narrow spike in the middle).
enum RegressionEvaluationView {
    static let bars: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ evaluation: EvaluationInspection, in rect: Rect, canvas: inout Canvas) {
        guard let metrics = evaluation.regression, rect.height >= 2 else { return }
        canvas.text("R² \(NumberText.fixed(metrics.rSquared, digits: 3))   MSE "
                    + NumberText.significant(metrics.meanSquaredError), in: rect.top(1))
        let rest = rect.droppingTop(1)
        let histogramRows = rest.height >= 12 ? 4 : rest.height >= 8 ? 2 : 0
        let scatter = rest.droppingBottom(histogramRows > 0 ? histogramRows + 2 : 0)
        drawScatter(evaluation.pairs, in: scatter, canvas: &canvas)
        if histogramRows > 0, let histogram = evaluation.residuals {
            drawHistogram(histogram, in: rest.bottom(histogramRows + 2), canvas: &canvas)
        }
    }

    /// Predicted (up) against actual (across) on the same scale, with the diagonal.
    static func drawScatter(_ pairs: [RegressionPair], in rect: Rect, canvas: inout Canvas) {
        guard rect.height >= 3, rect.width >= 8 else { return }
        canvas.text("predicted ↑ vs actual →", in: rect.top(1), style: CellStyle(foreground: .dimText))
        let values = pairs.flatMap { [$0.actual, $0.predicted] }
        let range = HiddenSpaceInspection.range(values)
        let rows = rect.height - 1
        let area = Rect(x: rect.x, y: rect.y + 1, width: min(rect.width, rows * 2), height: rows)
        var plot = InspectorPlot(rect: area, x: range, y: range)
        plot.polyline([(range.lowerBound, range.lowerBound), (range.upperBound, range.upperBound)],
                      colour: .border, dash: 1)
        for pair in pairs { plot.point(pair.actual, pair.predicted, colour: .accent) }
        plot.draw(into: &canvas)
    }

    /// The residual counts as bars of eighth blocks, `rect.height − 2` rows tall.
    static func drawHistogram(_ histogram: EvaluationInspection.Histogram, in rect: Rect, canvas: inout Canvas) {
        canvas.text("residuals y − ŷ", in: rect.top(1), style: CellStyle(foreground: .dimText))
        let rows = rect.height - 2
        let most = max(1, histogram.counts.max() ?? 1)
        let columnsPerBin = max(1, min(3, rect.width / max(1, histogram.counts.count)))
        for (b, count) in histogram.counts.enumerated() {
            let eighths = Int((Double(count) / Double(most) * Double(rows * 8)).rounded(.up))
            for r in 0..<rows {
                let fill = min(8, max(0, eighths - (rows - 1 - r) * 8))
                let glyph = String(repeating: bars[fill], count: columnsPerBin)
                _ = canvas.text(glyph, column: rect.x + b * columnsPerBin, row: rect.y + 1 + r,
                                style: CellStyle(foreground: .accent))
            }
        }
        let axisWidth = histogram.counts.count * columnsPerBin
        let low = NumberText.significant(histogram.lower), high = NumberText.significant(histogram.upper)
        let axis = Rect(x: rect.x, y: rect.maxY - 1, width: min(rect.width, axisWidth), height: 1)
        canvas.text(low, in: axis, style: CellStyle(foreground: .dimText))
        canvas.text("0", in: axis, alignment: .centre, style: CellStyle(foreground: .dimText))
        canvas.text(high, in: axis, alignment: .right, style: CellStyle(foreground: .dimText))
    }
}
