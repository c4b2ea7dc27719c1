import NNCore

/// The table of current figures, one row per variant, in its colour, the selected one
/// highlighted; a diverged variant says so in red in place of its figures:
///
///     ╭ race ───────────────────────────────────────────────────╮
///     │   variant              epoch  train loss  test loss  test acc│
///     │ ━ 1 optimizer=adam        120      0.0123     0.0150   99.0% │
///     │ ━ 2 optimizer=sgd         120      ✖ diverged at step 312    │
///     ╰─────────────────────────────────────────────────────────────╯
///
/// Columns are left out from the right (train accuracy first) when the box is narrow.
package enum RaceFiguresView {
    private struct Column: Sendable {
        var title: String
        var width: Int
        var value: @Sendable (RaceVariantModel) -> String
    }

    private static func percent(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "–" }
        return NumberText.short(x * 100) + "%"
    }

    private static func loss(_ x: Double?) -> String {
        guard let x else { return "–" }
        return x.isFinite ? NumberText.significant(x) : "–"
    }

    private static let columns: [Column] = [
        Column(title: "epoch", width: 8) { NumberText.grouped($0.epoch) },
        Column(title: "train loss", width: 11) { loss($0.trainLoss) },
        Column(title: "test loss", width: 11) { loss($0.testLoss) },
        Column(title: "test acc", width: 9) { percent($0.testAccuracy) },
        Column(title: "train acc", width: 10) { percent($0.trainAccuracy) },
    ]

    /// Draws the table for `variants` into `rect`, `selected` highlighted.
    package static func draw(_ variants: [RaceVariantModel], selected: Int, in rect: Rect,
                             canvas: inout Canvas) {
        guard rect.width >= 20, rect.height >= 3 else { return }
        canvas.box(rect, title: "race · \(variants.count) variants")
        let inside = rect.interior.inset(dx: 1, dy: 0)
        // The label keeps at least 14 columns; the figures take what is left, in order.
        var shown: [Column] = []
        var used = 0
        for column in columns where inside.width - used - column.width >= 14 {
            shown.append(column)
            used += column.width
        }
        let labelWidth = inside.width - used
        let dim = CellStyle(foreground: .dimText)
        var x = inside.x + labelWidth
        canvas.text("  variant", column: inside.x, row: inside.y, style: dim)
        // The first column counts rounds: "gen" when every variant is GA or CMA-ES, "ep/gen" in a mix.
        let rounds = EpochName.common(variants.map(\.epochName))
        for column in shown {
            let title = column.title == EpochName.epoch.singular && rounds != .epoch ? rounds.short : column.title
            canvas.text(title.padded(left: column.width), column: x, row: inside.y, style: dim)
            x += column.width
        }
        for (i, variant) in variants.enumerated() {
            let row = inside.y + 1 + i
            guard row < inside.maxY else { break }
            let isSelected = variant.id == selected
            let background: Colour = isSelected ? .semantic(.focusBackground) : .background
            let plain = CellStyle(foreground: .text, background: background)
            canvas.fill(Rect(x: inside.x, y: row, width: inside.width, height: 1), style: plain)
            canvas.put("━", column: inside.x, row: row,
                       style: CellStyle(foreground: RaceColours.colour(variant.id), background: background))
            let label = "\(variant.number) \(variant.label.fitting(labelWidth - 5))".truncated(to: labelWidth - 3)
            canvas.text(label, column: inside.x + 2, row: row, style: isSelected ? plain.adding(.bold) : plain)
            x = inside.x + labelWidth
            if let step = variant.divergedAtStep, let epoch = shown.first {
                canvas.text(epoch.value(variant).padded(left: epoch.width), column: x, row: row,
                            style: plain)
                let banner = "  ✖ diverged at step \(NumberText.grouped(step))"
                canvas.text(banner.truncated(to: inside.maxX - x - epoch.width), column: x + epoch.width, row: row,
                            style: CellStyle(foreground: .warning, background: background, attributes: .bold))
                continue
            }
            for column in shown {
                canvas.text(column.value(variant).padded(left: column.width), column: x, row: row,
                            style: plain)
                x += column.width
            }
        }
    }
}
