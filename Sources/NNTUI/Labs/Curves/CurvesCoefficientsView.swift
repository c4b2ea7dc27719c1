import NNCore
import NNSession

/// The polynomial's coefficients aₖ of y = Σ aₖxᵏ (original units of x), the closed
/// form's beside gradient descent's, as many as fit; "…" says how many more there are.
enum CurvesCoefficientsView {
    static func draw(_ snapshot: CurveLabSnapshot, in area: Rect, canvas: inout Canvas) {
        guard area.height >= 2, area.width >= 12 else { return }
        let dim = CellStyle(foreground: .dimText)
        let closed = snapshot.closedForm?.coefficients ?? [], descent = snapshot.descent.coefficients
        let width = max(6, (area.width - 4) / 2)
        func cell(_ values: [Double], _ k: Int) -> String {
            guard k < values.count else { return "–" }
            return values[k].isFinite ? NumberText.significant(values[k], digits: 4) : "–"
        }
        canvas.spans([TextSpan("k   ", dim), TextSpan("closed".padded(to: width),
                                                     CellStyle(foreground: CurvesStyle.closedForm)),
                       TextSpan("descent", CellStyle(foreground: CurvesStyle.descent))],
                      column: area.x, row: area.y, maxX: area.maxX)
        let count = max(closed.count, descent.count)
        let room = area.height - 1
        let shown = count <= room ? count : max(0, room - 1)
        for k in 0..<shown {
            canvas.spans([TextSpan(String(k).padded(to: 4), dim),
                           TextSpan(cell(closed, k).padded(to: width)),
                           TextSpan(cell(descent, k))],
                          column: area.x, row: area.y + 1 + k, maxX: area.maxX)
        }
        if shown < count {
            canvas.text("… \(count - shown) more", column: area.x, row: area.y + 1 + shown, style: dim)
        }
    }
}
