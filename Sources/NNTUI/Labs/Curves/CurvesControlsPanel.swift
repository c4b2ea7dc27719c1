import NNCore
import NNSession

/// The controls panel: one row per `CurvesControl` under its section heading, the
/// focused one marked `▸ ‹ value ›`; ← → change it live.
enum CurvesControlsPanel {
    /// Rows the panel's interior needs (controls plus section headings).
    static var height: Int {
        CurvesControl.allCases.count + CurvesControl.allCases.filter { $0.section != nil }.count
    }

    static func draw(settings: CurveLabSettings, focus: CurvesControl, in area: Rect, canvas: inout Canvas) {
        var y = area.y
        let labelWidth = 14
        for control in CurvesControl.allCases {
            guard y < area.maxY else { return }
            if let section = control.section {
                let heading = "─ " + section + " "
                canvas.text(heading + String(repeating: "─", count: max(0, area.width - heading.count - 1)),
                            in: Rect(x: area.x, y: y, width: area.width, height: 1), style: CellStyle(foreground: .border))
                y += 1
                guard y < area.maxY else { return }
            }
            let focused = control == focus
            let row = Rect(x: area.x, y: y, width: area.width, height: 1)
            let base = focused ? CellStyle(foreground: .title, background: .semantic(.focusBackground)) : CellStyle()
            if focused { canvas.fill(row, style: base) }
            let value = control.value(settings)
            let shown = focused ? "‹ " + value + " ›" : "  " + value
            canvas.spans([TextSpan(focused ? "▸" : " ", base.with(foreground: .accent)),
                          TextSpan(control.label.padded(to: labelWidth), base.with(foreground: focused ? .title : .dimText)),
                          TextSpan(shown, focused ? base.adding(.bold) : base)],
                         column: area.x, row: y, maxX: area.maxX)
            y += 1
        }
    }
}
