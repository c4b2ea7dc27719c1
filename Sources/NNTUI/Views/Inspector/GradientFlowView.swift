import NNCore

/// The gradient-flow view: per weight layer, the mean |∂L/∂w| and the weight norm
/// ‖W‖ over the epochs the engine measured (log scales, one line per layer in the
/// class hues), and a table of the latest figures with the share of dead ReLU units.
/// Vanishing gradients show as the first layers' lines far below the last's; dying
/// ReLUs as a dead share climbing towards 100%.
///
///     mean |grad| (log)      layers 1 2 3
///     1e-1┤⠑⠢⢄⣀ …
///     ‖W‖ (log)
///      L   |grad|   ‖W‖  dead
///     ━ 1  2.1e-4  3.21    0%
enum GradientFlowView {
    static func draw(_ flow: HalvingSeries<[LayerFlow]>, activation: Activation, in rect: Rect, palette: Palette,
                     canvas: inout Canvas) {
        guard let latest = flow.entries.last?.value else {
            canvas.text("measured once per epoch while this view is open: play or step",
                        in: Rect(x: rect.x, y: rect.y, width: rect.width, height: min(2, rect.height)),
                        style: CellStyle(foreground: .dimText))
            return
        }
        let tableRows = latest.count + 1
        let charts = rect.droppingBottom(tableRows + 1)
        let half = charts.height / 2
        let dash = palette.tier.hasColour ? 0 : 2
        drawChart(flow, title: "mean |∂L/∂w| (log)", value: \.meanAbsGradient, in: charts.top(half), dash: dash,
                  canvas: &canvas)
        drawChart(flow, title: "weight norm ‖W‖ (log)", value: \.weightNorm, in: charts.droppingTop(half), dash: dash,
                  canvas: &canvas)
        var row = rect.maxY - tableRows
        canvas.text(" L   |grad|   ‖W‖   dead", in: Rect(x: rect.x, y: row, width: rect.width, height: 1),
                    style: CellStyle(foreground: .dimText))
        for (l, layer) in latest.enumerated() {
            row += 1
            let dead = layer.deadShare.map { activation == .relu || $0 > 0 ? NumberText.percent($0) : "–" } ?? "out"
            let text = " " + String(l + 1).padded(left: 2) + NumberText.scientific(layer.meanAbsGradient, digits: 2).padded(left: 8)
                + NumberText.significant(layer.weightNorm).padded(left: 6) + dead.padded(left: 7)
            let deadStyle = (layer.deadShare ?? 0) >= 0.5 ? CellStyle(foreground: .warning) : CellStyle()
            canvas.text(text, in: Rect(x: rect.x, y: row, width: rect.width, height: 1), style: deadStyle)
            _ = canvas.text("━", column: rect.x, row: row, style: CellStyle(foreground: .classHue(l)))
        }
        let epochs = "epochs \(flow.entries.first!.at)–\(flow.entries.last!.at)"
        canvas.text(epochs, in: Rect(x: rect.x, y: rect.maxY - tableRows - 1, width: rect.width, height: 1),
                    alignment: .right, style: CellStyle(foreground: .dimText))
    }

    /// One chart: `value` of each layer over the recorded epochs, log10 scale.
    static func drawChart(_ flow: HalvingSeries<[LayerFlow]>, title: String, value: KeyPath<LayerFlow, Double>,
                          in rect: Rect, dash: Int, canvas: inout Canvas) {
        guard rect.height >= 3 else { return }
        canvas.text(title, in: rect.top(1), style: CellStyle(foreground: .title, attributes: .bold))
        let logs = flow.entries.flatMap { $0.value.map { log10Positive($0[keyPath: value]) } }.filter(\.isFinite)
        guard let low = logs.min(), let high = logs.max() else { return }
        let lower = low.rounded(.down), upper = max(high.rounded(.up), lower + 1)
        let top = "1e\(Int(upper))", bottom = "1e\(Int(lower))"
        let labelWidth = max(top.count, bottom.count)
        let body = rect.droppingTop(1)
        canvas.text(top, column: body.x, row: body.y, style: CellStyle(foreground: .dimText))
        canvas.text(bottom, column: body.x, row: body.maxY - 1, style: CellStyle(foreground: .dimText))
        let area = body.droppingLeft(labelWidth + 1)
        let first = Double(flow.entries.first!.at), last = Double(max(flow.entries.last!.at, flow.entries.first!.at + 1))
        var plot = InspectorPlot(rect: area, x: first...last, y: lower...upper)
        let layers = flow.entries.last!.value.count
        for l in 0..<layers {
            let series = flow.entries.map { (Double($0.at), l < $0.value.count ? log10Positive($0.value[l][keyPath: value]) : .nan) }
            plot.polyline(series, colour: .classHue(l), dash: l % 2 == 1 ? dash : 0)
        }
        plot.draw(into: &canvas)
    }

    /// log10 of a positive value; NaN for 0 or less (nothing to draw on a log scale).
    static func log10Positive(_ v: Double) -> Double {
        v > 0 && v.isFinite ? Platform.decimalLogarithm(v) : .nan
    }
}
