import NNCore

/// The evaluation view: how the network does on the chosen set, as the engine
/// computed it (`EvaluationInspection`). Classification: the set selector, the
/// threshold (two classes), the confusion matrix with counts and row shares, precision,
/// recall, F1 and MCC per class, the overall MCC, and for two classes the ROC curve with its AUC and
/// the point the threshold picks (click a column of the curve to move the threshold
/// there). Regression: see `RegressionEvaluationView`.
///
///     set train val test   n 150
///     threshold 0.50   [ lower  ] higher
///     true ↓  predicted →
///                0        1
///        0     70  93%   5   7%
///        1      3   4%  72  96%
///     cls prec rec  F1   MCC
///     …
package enum EvaluationView {
    static func draw(_ evaluation: EvaluationInspection, in rect: Rect, palette: Palette,
                     canvas: inout Canvas) -> [HitRegion] {
        guard rect.height >= 3 else { return [] }
        var hits = drawSets(evaluation, in: rect.top(1), canvas: &canvas)
        var body = rect.droppingTop(1)
        if evaluation.count == 0 {
            canvas.text("no points in the \(evaluation.set.rawValue) set (v: another set)", in: body.top(1),
                        style: CellStyle(foreground: .dimText))
            return hits
        }
        if evaluation.regression != nil {
            RegressionEvaluationView.draw(evaluation, in: body, canvas: &canvas)
            return hits
        }
        guard let confusion = evaluation.confusion else { return hits }
        var row = body.y
        func line(_ text: String, _ style: CellStyle = .plain) {
            guard row < body.maxY else { return }
            canvas.text(text, in: Rect(x: body.x, y: row, width: body.width, height: 1), style: style)
            row += 1
        }
        if let threshold = evaluation.threshold {
            line("threshold \(NumberText.fixed(threshold, digits: 3))  ([ ])")
        }
        row = drawMatrix(confusion, column: body.x, row: row, width: body.width, bottom: body.maxY, canvas: &canvas)
        line("cls".column(4) + "prec".column(5) + "rec".column(5) + "F1".column(5) + "MCC", CellStyle(foreground: .dimText))
        for (k, score) in evaluation.classScores.enumerated() {
            let figures = [score.precision, score.recall, score.f1].map { NumberText.fixed($0, digits: 2).column(5) }
            line(" \(k)".column(4) + figures.joined() + NumberText.fixed(score.matthews, digits: 2))
        }
        line("MCC \(NumberText.fixed(evaluation.matthews, digits: 3))  acc "
             + NumberText.percent(confusion.total > 0 ? confusion.accuracy : .nan))
        if let roc = evaluation.roc {
            body = Rect(x: body.x, y: row, width: body.width, height: body.maxY - row)
            hits += drawROC(roc, point: evaluation.rocPoint, in: body, palette: palette, canvas: &canvas)
        }
        return hits
    }

    /// "set train val test   n 150", the chosen set highlighted, each set clickable.
    static func drawSets(_ evaluation: EvaluationInspection, in row: Rect, canvas: inout Canvas) -> [HitRegion] {
        var x = canvas.text("set ", column: row.x, row: row.y, style: CellStyle(foreground: .dimText))
        var hits: [HitRegion] = []
        for set in EvaluationSet.allCases {
            let name = set == .validation ? "val" : set.rawValue
            guard x + name.count < row.maxX else { break }
            let style = set == evaluation.set ? CellStyle(foreground: .accent, attributes: [.bold, .underline])
                                              : CellStyle(foreground: .dimText)
            _ = canvas.text(name, column: x, row: row.y, style: style)
            hits.append(HitRegion(rect: Rect(x: x, y: row.y, width: name.count, height: 1), target: .evaluationSet(set)))
            x += name.count + 1
        }
        let count = "n \(evaluation.count)"
        if x + count.count + 1 <= row.maxX {
            canvas.text(count, in: Rect(x: x, y: row.y, width: row.maxX - x, height: 1), alignment: .right,
                        style: CellStyle(foreground: .dimText))
        }
        return hits
    }

    /// The confusion matrix from `row` on: counts and row shares ("70 93%") where they
    /// fit, counts only otherwise; the diagonal (right) in the good colour. Returns the next free row.
    static func drawMatrix(_ m: ConfusionMatrix, column: Int, row: Int, width: Int, bottom: Int,
                           canvas: inout Canvas) -> Int {
        let k = m.classes
        let countWidth = max(2, String(m.counts.flatMap { $0 }.max() ?? 0).count)
        let withShares = 5 + k * (countWidth + 6) <= width
        let cell = withShares ? countWidth + 6 : countWidth + 1
        var r = row
        guard r + 1 < bottom else { return r }
        canvas.text("true ↓  predicted →", in: Rect(x: column, y: r, width: width, height: 1),
                    style: CellStyle(foreground: .dimText))
        r += 1
        var header = "     "
        for c in 0..<k { header += String(c).padded(left: withShares ? countWidth + 1 : cell) + (withShares ? "     " : "") }
        canvas.text(header, in: Rect(x: column, y: r, width: width, height: 1), style: CellStyle(foreground: .dimText))
        r += 1
        for a in 0..<k where r < bottom {
            var x = canvas.text(String(a).column(5), column: column, row: r,
                                         style: CellStyle(foreground: .dimText))
            let rowTotal = m.actualCount(of: a)
            for p in 0..<k {
                let count = m.counts[a][p]
                var text = String(count).padded(left: withShares ? countWidth + 1 : cell)
                if withShares {
                    let share = rowTotal > 0 ? Double(count) / Double(rowTotal) : 0
                    text += (NumberText.fixed(share * 100, digits: 0) + "%").padded(left: 5)
                }
                let style = a == p ? CellStyle(foreground: .semantic(.good))
                                   : CellStyle(foreground: count > 0 ? .warning : .dimText)
                guard x + text.count <= column + width else { break }
                x = canvas.text(text, column: x, row: r, style: style)
            }
            r += 1
        }
        return r
    }

    /// The ROC curve (false-positive rate across, true-positive rate up) with the
    /// chance diagonal and the threshold's point; each column a click target setting
    /// the threshold of the curve's point nearest that false-positive rate.
    static func drawROC(_ roc: ROCCurve, point: ROCPoint?, in rect: Rect, palette: Palette,
                        canvas: inout Canvas) -> [HitRegion] {
        guard rect.height >= 4, rect.width >= 10 else { return [] }
        canvas.text("ROC  AUC \(NumberText.fixed(roc.auc, digits: 3))", in: rect.top(1),
                    style: CellStyle(foreground: .title, attributes: .bold))
        let plotRows = min(rect.height - 2, (rect.width - 3) / 2)
        let side = min(plotRows * 2, rect.width - 3)
        let area = Rect(x: rect.x + 2, y: rect.y + 1, width: max(2, side), height: plotRows)
        canvas.text("1", column: rect.x, row: area.y, style: CellStyle(foreground: .dimText))
        canvas.text("0", column: rect.x, row: area.maxY - 1, style: CellStyle(foreground: .dimText))
        canvas.text("FPR →", in: Rect(x: area.x, y: area.maxY, width: area.width, height: 1), alignment: .right,
                    style: CellStyle(foreground: .dimText))
        canvas.text("TPR", in: Rect(x: area.x, y: area.maxY, width: 3, height: 1), style: CellStyle(foreground: .dimText))
        var plot = InspectorPlot(rect: area, x: 0...1, y: 0...1)
        plot.polyline([(0, 0), (1, 1)], colour: .border, dash: 1)
        plot.polyline(roc.points.map { ($0.falsePositiveRate, $0.truePositiveRate) }, colour: .accent)
        plot.draw(into: &canvas)
        if let point, let cell = plot.cell(point.falsePositiveRate, point.truePositiveRate) {
            canvas.text("●", column: cell.column, row: cell.row, style: CellStyle(foreground: .warning, attributes: .bold))
        }
        return (0..<area.width).compactMap { c in
            let fpr = (Double(c) + 0.5) / Double(area.width)
            guard let threshold = nearestThreshold(roc, falsePositiveRate: fpr) else { return nil }
            return HitRegion(rect: Rect(x: area.x + c, y: area.y, width: 1, height: area.height),
                             target: .threshold(threshold))
        }
    }

    /// The threshold of the curve's point nearest `falsePositiveRate` (the highest
    /// such point), kept inside [0, 1].
    static func nearestThreshold(_ roc: ROCCurve, falsePositiveRate fpr: Double) -> Double? {
        var best: ROCPoint?
        for p in roc.points {
            guard let b = best else { best = p; continue }
            let d = abs(p.falsePositiveRate - fpr), bd = abs(b.falsePositiveRate - fpr)
            if d < bd || (d == bd && p.truePositiveRate > b.truePositiveRate) { best = p }
        }
        return best.map { min(max($0.threshold, 0), 1) }
    }
}
