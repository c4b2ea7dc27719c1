import NNCore
import NNSession

/// The controls panel: one row per `CurvesControl` under its section heading, the
/// focused one marked `▸ ‹ value ›`; ← → (or a click on the focused row, or on its `‹`)
/// change it live.
enum CurvesControlsPanel {
    /// Rows the panel's interior needs (controls plus section headings).
    static var height: Int {
        CurvesControl.allCases.count + CurvesControl.allCases.filter { $0.section != nil }.count
    }

    static let labelWidth = 14

    /// The screen row of each control that fits in `area`, and of its section heading.
    static func rows(in area: Rect) -> [(control: CurvesControl, heading: Int?, row: Int)] {
        var y = area.y, result: [(CurvesControl, Int?, Int)] = []
        for control in CurvesControl.allCases {
            var heading: Int?
            if control.section != nil {
                heading = y
                y += 1
            }
            guard y < area.maxY else { break }
            result.append((control, heading, y))
            y += 1
        }
        return result
    }

    /// The column of a focused row's `‹` (a click there lowers the value).
    static func lowerColumn(in area: Rect) -> Int { area.x + 1 + labelWidth }

    static func draw(settings: CurveLabSettings, focus: CurvesControl, in area: Rect, canvas: inout Canvas) {
        for (control, heading, y) in rows(in: area) {
            if let heading, let section = control.section {
                let title = "─ " + section + " "
                canvas.text(title + String(repeating: "─", count: max(0, area.width - title.count - 1)),
                            in: Rect(x: area.x, y: heading, width: area.width, height: 1), style: CellStyle(foreground: .border))
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
        }
    }
}
