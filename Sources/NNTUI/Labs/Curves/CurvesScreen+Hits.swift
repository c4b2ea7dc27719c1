import NNCore
import NNSession

extension CurvesScreen {
    /// What a click means where, in the frame `render` draws for the same values: each
    /// control row (and the focused row's `‹`), and on the error-by-degree or error-by-λ
    /// view each degree's (λ's) band of columns, from the plot's top to its x labels.
    /// The fits and bias–variance views take no clicks (a point there means nothing to set).
    /// The lesson pane takes the wheel.
    package static func hits(state: CurvesAppState, snapshot: CurveLabSnapshot, size: Size) -> [CurvesHitRegion] {
        guard size.width >= minimumSize.width, size.height >= minimumSize.height, !state.showHelp else { return [] }
        let layout = Layout(size: size, lesson: state.lesson != nil)
        let panel = layout.controls.interior
        var hits: [CurvesHitRegion] = []
        if let pane = layout.lesson, state.lesson != nil { hits.append(CurvesHitRegion(rect: pane, target: .lessonText)) }
        for (control, _, row) in CurvesControlsPanel.rows(in: panel) {
            hits.append(CurvesHitRegion(rect: Rect(x: panel.x, y: row, width: panel.width, height: 1),
                                        target: .control(control)))
            if control == state.focus {
                hits.append(CurvesHitRegion(rect: Rect(x: CurvesControlsPanel.lowerColumn(in: panel), y: row, width: 2,
                                                       height: 1), target: .lower(control)))
            }
        }
        guard state.plot == .byDegree || state.plot == .byRidge, let analysis = snapshot.analysis,
              let plot = CurvesErrorView.plotArea(in: layout.plot.interior) else { return hits }
        let knobs = (state.plot == .byRidge ? analysis.byRidge : analysis.byDegree).points.map(\.knob)
        guard !knobs.isEmpty else { return hits }
        var start = plot.x
        for column in plot.x..<plot.maxX {
            let knob = CurvesErrorView.knobIndex(column: column, plot: plot, count: knobs.count)
            let next = column + 1 < plot.maxX ? CurvesErrorView.knobIndex(column: column + 1, plot: plot, count: knobs.count) : -1
            guard next != knob else { continue }
            let target: CurvesHit = state.plot == .byRidge ? .ridge(knobs[knob]) : .degree(Int(knobs[knob]))
            hits.append(CurvesHitRegion(rect: Rect(x: start, y: plot.y, width: column + 1 - start, height: plot.height + 1),
                                        target: target))
            start = column + 1
        }
        return hits
    }
}
