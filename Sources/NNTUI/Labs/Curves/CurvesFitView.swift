import NNCore
import NNSession

/// The fits view: the training, validation and test points (•, ◦, ×) and, in braille
/// over them, the noiseless target (dashed), the network, gradient descent and the
/// closed form (drawn last, on top). The y range is the points' and target's, so a
/// wild high-degree fit runs off the edges instead of flattening everything else.
enum CurvesFitView {
    static func draw(_ snapshot: CurveLabSnapshot, in area: Rect, canvas: inout Canvas) {
        guard area.height >= 4, area.width >= 20 else { return }
        var legend: [TextSpan] = CurvesStyle.legend("closed form", CurvesStyle.closedForm)
            + CurvesStyle.legend("descent", CurvesStyle.descent) + CurvesStyle.legend("network", CurvesStyle.network)
            + CurvesStyle.legend("target", CurvesStyle.truth, mark: "┄")
        legend += [TextSpan("\(CurvesStyle.trainMark) train ", CellStyle(foreground: CurvesStyle.train)),
                   TextSpan("\(CurvesStyle.validationMark) valid ", CellStyle(foreground: CurvesStyle.validation)),
                   TextSpan("\(CurvesStyle.testMark) test", CellStyle(foreground: CurvesStyle.test))]
        canvas.spans(legend, column: area.x, row: area.y, maxX: area.maxX)
        let axes = PlotAxes(area.droppingTop(1))
        let sample = snapshot.sample
        let all = sample.train + sample.validation + sample.test
        let yRange = PlotFrame.range(of: all.map(\.y) + (snapshot.curves?.truth ?? []), pad: 0.08)
        var frame = PlotFrame(columns: axes.plot.width, rows: axes.plot.height, x: snapshot.domain, y: yRange)
        if let curves = snapshot.curves {
            frame.polyline(xs: curves.xs, ys: curves.truth, colour: CurvesStyle.truth, dash: 2)
            frame.polyline(xs: curves.xs, ys: curves.network, colour: CurvesStyle.network)
            frame.polyline(xs: curves.xs, ys: curves.descent, colour: CurvesStyle.descent)
            frame.polyline(xs: curves.xs, ys: curves.closedForm, colour: CurvesStyle.closedForm)
        }
        frame.grid.draw(into: &canvas, column: axes.plot.x, row: axes.plot.y)
        func mark(_ points: [CurveSample.Point], _ character: Character, _ colour: Colour) {
            for p in points {
                let column = axes.plot.x + frame.dotX(p.x) / 2, row = axes.plot.y + frame.dotY(p.y) / 4
                guard axes.plot.contains(column: column, row: row) else { continue }
                canvas.put(character, column: column, row: row, style: CellStyle(foreground: colour, attributes: .bold))
            }
        }
        mark(sample.test, CurvesStyle.testMark, CurvesStyle.test)
        mark(sample.validation, CurvesStyle.validationMark, CurvesStyle.validation)
        mark(sample.train, CurvesStyle.trainMark, CurvesStyle.train)
        axes.drawY(top: NumberText.significant(yRange.upperBound, digits: 2),
                   middle: NumberText.significant((yRange.lowerBound + yRange.upperBound) / 2, digits: 2),
                   bottom: NumberText.significant(yRange.lowerBound, digits: 2), canvas: &canvas)
        let d = snapshot.domain
        axes.drawX([d.lowerBound, (d.lowerBound + d.upperBound) / 2, d.upperBound].map { NumberText.tick($0) },
                   canvas: &canvas)
    }

    /// The braille columns the fits view samples at for a plot `area` (the engine's request).
    static func dotColumns(for area: Rect) -> Int {
        PlotAxes(area.droppingTop(1)).plot.width * 2
    }
}
