import NNCore
import NNSession

/// The models side by side: mean squared error on each set for the closed form,
/// gradient descent and the network; under them the closed form's condition number κ,
/// how far descent still is from it (‖β − β*‖ over the scaled coefficients) and the
/// objective J(β) descent minimises.
enum CurvesFiguresView {
    static let rows = 5

    static func draw(_ snapshot: CurveLabSnapshot, in area: Rect, canvas: inout Canvas) {
        let dim = CellStyle(foreground: .dimText), bold = CellStyle(foreground: .text, attributes: .bold)
        func number(_ x: Double) -> String { x.isFinite ? NumberText.significant(x, digits: 3) : "–" }
        func row(_ y: Int, _ spans: [TextSpan]) {
            guard y < area.maxY else { return }
            canvas.spans(spans, column: area.x, row: y, maxX: area.maxX)
        }
        func cells(_ values: [String], style: CellStyle) -> [TextSpan] {
            values.map { TextSpan($0.padded(to: 9), style) }
        }
        row(area.y, [TextSpan("mean sq. error ", dim)] + cells(["train", "valid", "test"], style: dim))
        let s = snapshot.settings
        let fitName = s.l2 > 0 ? "ridge" : "least squares"
        if let c = snapshot.closedForm {
            row(area.y + 1, [TextSpan(fitName.padded(to: 15),
                                      CellStyle(foreground: CurvesStyle.closedForm, attributes: .bold))]
                + cells([c.train, c.validation, c.test].map(number), style: bold))
        } else {
            row(area.y + 1, [TextSpan(fitName.padded(to: 15),
                                      CellStyle(foreground: CurvesStyle.closedForm, attributes: .bold)),
                             TextSpan("no unique fit: more coefficients than training points", CellStyle(foreground: .warning))])
        }
        let d = snapshot.descent
        let diverged = !d.scaledCoefficients.allSatisfy(\.isFinite)
        row(area.y + 2, [TextSpan("descent".padded(to: 15),
                                  CellStyle(foreground: CurvesStyle.descent, attributes: .bold))]
            + (diverged ? [TextSpan("diverged: lower the learning rate, then r", CellStyle(foreground: .warning))]
               : cells([d.train, d.validation, d.test].map(number), style: bold)))
        let n = snapshot.network
        row(area.y + 3, [TextSpan(("network " + s.hidden.map(String.init).joined(separator: "-"))
                                    .padded(to: 15),
                                  CellStyle(foreground: CurvesStyle.network, attributes: .bold))]
            + (n.train.isFinite ? cells([n.train, n.validation, n.test].map(number), style: bold)
               : [TextSpan("diverged: lower the learning rate, then r", CellStyle(foreground: .warning))]))
        let kappa = snapshot.conditionNumber.map { NumberText.significant($0, digits: 3) } ?? "–"
        row(area.y + 4, [TextSpan("κ ", dim), TextSpan(kappa, bold),
                         TextSpan("   ‖β−β*‖ ", dim), TextSpan(number(snapshot.descentDistance), bold),
                         TextSpan("   J(β) ", dim), TextSpan(number(snapshot.descentObjective), bold)])
    }
}
