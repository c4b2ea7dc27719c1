import NNCore
import NNSession

/// Bias and variance: the closed-form fit of every resampled dataset drawn faintly, their
/// mean f̄ boldly over them, the target dashed, with bias² (how far f̄ is from the target)
/// and the variance (how much the fits spread around f̄), averaged over x.
enum CurvesBiasVarianceView {
    static func draw(_ snapshot: CurveLabSnapshot, in area: Rect, canvas: inout Canvas) {
        guard area.height >= 5, area.width >= 20, let analysis = snapshot.analysis else { return }
        let bv = analysis.biasVariance
        let legend = CurvesStyle.legend("mean fit", CurvesStyle.closedForm)
            + CurvesStyle.legend("target", CurvesStyle.truth, mark: "┄")
            + CurvesStyle.legend("\(bv.fits.count) fits on fresh data", CurvesStyle.faint, mark: "─")
        canvas.spans(legend, column: area.x, row: area.y, maxX: area.maxX)
        let noise = snapshot.settings.noise
        let figures: [TextSpan] = [
            TextSpan("bias² ", CellStyle(foreground: .dimText)),
            TextSpan(NumberText.significant(bv.biasSquared), CellStyle(foreground: .text, attributes: .bold)),
            TextSpan("   variance ", CellStyle(foreground: .dimText)),
            TextSpan(NumberText.significant(bv.variance), CellStyle(foreground: .text, attributes: .bold)),
            TextSpan("   noise² ", CellStyle(foreground: .dimText)),
            TextSpan(NumberText.significant(noise * noise), CellStyle(foreground: .text, attributes: .bold)),
            TextSpan("   sum ", CellStyle(foreground: .dimText)),
            TextSpan(NumberText.significant(bv.biasSquared + bv.variance + noise * noise),
                     CellStyle(foreground: .text, attributes: .bold)),
        ]
        canvas.spans(figures, column: area.x, row: area.y + 1, maxX: area.maxX)
        let axes = PlotAxes(area.droppingTop(2))
        guard let curves = snapshot.curves else { return }
        let yRange = PlotFrame.range(of: curves.truth + snapshot.sample.train.map(\.y), pad: 0.15)
        var frame = PlotFrame(columns: axes.plot.width, rows: axes.plot.height, x: snapshot.domain, y: yRange)
        for fit in curves.resampled { frame.polyline(xs: curves.xs, ys: fit, colour: CurvesStyle.faint) }
        frame.grid.draw(into: &canvas, column: axes.plot.x, row: axes.plot.y)
        // A layer of its own, so the cells it crosses show its dots alone, not the fits' too.
        var bold = PlotFrame(columns: axes.plot.width, rows: axes.plot.height, x: snapshot.domain, y: yRange)
        bold.polyline(xs: curves.xs, ys: curves.truth, colour: CurvesStyle.truth, dash: 2)
        bold.polyline(xs: curves.xs, ys: curves.resampledMean, colour: CurvesStyle.closedForm)
        bold.grid.draw(into: &canvas, column: axes.plot.x, row: axes.plot.y, attributes: .bold)
        axes.drawY(top: NumberText.significant(yRange.upperBound, digits: 2),
                   middle: NumberText.significant((yRange.lowerBound + yRange.upperBound) / 2, digits: 2),
                   bottom: NumberText.significant(yRange.lowerBound, digits: 2), canvas: &canvas)
        let d = snapshot.domain
        axes.drawX([d.lowerBound, (d.lowerBound + d.upperBound) / 2, d.upperBound].map { NumberText.tick($0) },
                   canvas: &canvas)
    }
}
