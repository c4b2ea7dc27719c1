import NNCore
import NNSession

/// The U-curve: train, validation and test error of the closed form against the degree
/// (0…15, at the current λ) or against λ (1e-8…1e2 by decades, at the current degree),
/// on a log scale; the current setting is a dashed line, the lowest validation error
/// is named under the legend.
enum CurvesErrorView {
    static func draw(_ snapshot: CurveLabSnapshot, byRidge: Bool, in area: Rect, canvas: inout Canvas) {
        guard plotArea(in: area) != nil, let analysis = snapshot.analysis else { return }
        let curve = byRidge ? analysis.byRidge : analysis.byDegree
        let legend = CurvesStyle.legend("train", CurvesStyle.train) + CurvesStyle.legend("validation", CurvesStyle.validation)
            + CurvesStyle.legend("test", CurvesStyle.test)
        canvas.spans(legend, column: area.x, row: area.y, maxX: area.maxX)
        func knobText(_ knob: Double) -> String {
            byRidge ? "λ " + NumberText.scientific(knob, digits: 1) : "degree \(Int(knob))"
        }
        if let best = curve.bestByValidation {
            canvas.text("lowest validation error: \(knobText(best.knob)) (\(NumberText.significant(best.validation)))",
                        in: Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), style: CellStyle(foreground: .dimText))
        }
        let axes = PlotAxes(area.droppingTop(2))
        let logs = curve.points.flatMap { [$0.train, $0.validation, $0.test] }.map { $0 > 0 ? log10($0) : .nan }
        let finite = logs.filter(\.isFinite)
        let low = (finite.min() ?? -2).rounded(.down), high = (finite.max() ?? 0).rounded(.up)
        let yRange = low...(high > low ? high : low + 1)
        let n = curve.points.count
        var frame = PlotFrame(columns: axes.plot.width, rows: axes.plot.height, x: 0...Double(max(1, n - 1)), y: yRange)
        let xs = (0..<n).map(Double.init)
        let current: Int? = byRidge
            ? ErrorCurve.ridgeLadder.firstIndex { abs($0 - snapshot.settings.l2) <= 1e-12 * $0 }
            : snapshot.settings.degree
        if let current {
            let x = frame.dotX(Double(current))
            frame.grid.restartDashes()
            frame.grid.line(x0: x, y0: 0, x1: x, y1: frame.grid.dotHeight - 1, colour: .dimText, dash: 1)
        }
        func series(_ values: [Double], _ colour: Colour) {
            frame.polyline(xs: xs, ys: values.map { $0 > 0 ? log10($0) : .nan }, colour: colour)
        }
        series(curve.points.map(\.test), CurvesStyle.test)
        series(curve.points.map(\.validation), CurvesStyle.validation)
        series(curve.points.map(\.train), CurvesStyle.train)
        frame.grid.draw(into: &canvas, column: axes.plot.x, row: axes.plot.y)
        func decade(_ e: Double) -> String { "1e" + String(Int(e)) }
        axes.drawY(top: decade(yRange.upperBound), middle: nil, bottom: decade(yRange.lowerBound), canvas: &canvas)
        let labels: [String] = byRidge
            ? ErrorCurve.ridgeLadder.map { NumberText.scientific($0, digits: 1) }
            : (0..<n).map(String.init)
        axes.drawX(labels, canvas: &canvas)
    }

    /// Where the curves are drawn in `area` (nil when the view does not fit).
    static func plotArea(in area: Rect) -> Rect? {
        guard area.height >= 5, area.width >= 20 else { return nil }
        return PlotAxes(area.droppingTop(2)).plot
    }

    /// The knob (degree or λ, by index among `count`) nearest the middle of `column`:
    /// knob i sits at braille dot round(i / (count − 1) · (dots − 1)), two dots a cell.
    static func knobIndex(column: Int, plot: Rect, count: Int) -> Int {
        let dots = Double(max(2, plot.width * 2))
        let dot = Double(2 * (column - plot.x)) + 0.5
        let index = Int((dot / (dots - 1) * Double(max(1, count - 1))).rounded())
        return min(count - 1, max(0, index))
    }

    private static func log10(_ x: Double) -> Double {
        PlatformMath.log(x) / PlatformMath.log(10)
    }
}
