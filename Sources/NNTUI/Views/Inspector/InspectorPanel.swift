import NNCore

/// The inspector's box: a row of tabs (click one, or `i` for the next) above the open
/// view, which draws the figures the engine published:
///
///     ╭ inspector ─────────────────╮
///     │ eval weights grad hidden   │
///     │ …the view…                 │
///     ╰────────────────────────────╯
package enum InspectorPanel {
    /// Draws `model` into `rect`; returns the click targets (tabs and the view's own).
    @discardableResult
    package static func draw(_ model: InspectorModel, in rect: Rect, palette: Palette,
                            canvas: inout Canvas) -> [HitRegion] {
        guard rect.width >= 16, rect.height >= 6 else { return [] }
        canvas.fill(rect)
        canvas.box(rect, title: "inspector (i)")
        let inside = rect.interior
        var hits = drawTabs(model.view, in: inside.top(1), canvas: &canvas)
        let body = inside.droppingTop(1)
        guard let content = model.content else {
            canvas.text("computing…", in: body.top(1), style: CellStyle(foreground: .dimText))
            return hits
        }
        switch content {
        case .evaluation(let evaluation):
            hits += EvaluationView.draw(evaluation, in: body, palette: palette, canvas: &canvas)
        case .weights(let history):
            hits += WeightsView.draw(model, history: history, in: body, palette: palette, canvas: &canvas)
        case .gradientFlow(let flow):
            GradientFlowView.draw(flow, activation: model.network.activation, in: body, palette: palette,
                                  canvas: &canvas)
        case .hiddenSpace(let space):
            HiddenSpaceView.draw(space, problem: model.problem, in: body, canvas: &canvas)
        }
        return hits
    }

    /// The tabs, full names where they fit, short ones otherwise; the open one highlighted.
    static func drawTabs(_ open: InspectorView, in row: Rect, canvas: inout Canvas) -> [HitRegion] {
        let full = InspectorView.allCases.map(\.title)
        let short = ["eval", "weights", "grad", "hidden"]
        let names = full.joined(separator: " ").count <= row.width ? full : short
        var hits: [HitRegion] = []
        var x = row.x
        for (view, name) in zip(InspectorView.allCases, names) where x + name.count <= row.maxX {
            let style = view == open ? CellStyle(foreground: .accent, attributes: .bold)
                                     : CellStyle(foreground: .dimText)
            _ = canvas.text(name, column: x, row: row.y, style: style)
            hits.append(HitRegion(rect: Rect(x: x, y: row.y, width: name.count, height: 1),
                                  target: .inspectorTab(view)))
            x += name.count + 1
        }
        return hits
    }
}
