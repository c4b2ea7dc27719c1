/// A plain-text report of a confusion matrix for the CLI and the TUI: the matrix
/// itself (rows = actual, columns = predicted, with totals), then precision,
/// recall, F1 and support per class, then accuracy and MCC.
///
/// Layout: the first column is 18 characters wide (the width of the
/// "actual \ predicted" corner); the count columns share one width, chosen so the
/// matrix fits 80 columns for up to 6 classes. Long class names are cut with "…";
/// counts are never cut. Scores have 3 decimals. Lines are joined by "\n" with no
/// trailing newline and no trailing spaces.
extension ConfusionMatrix {
    /// The report described above. `classNames[k]` labels class k; missing or empty
    /// names fall back to the index "k" and extra names are ignored.
    package func formattedTable(classNames: [String]? = nil) -> String {
        let labelWidth = TableLayout.labelWidth
        let names = (0..<classes).map { k -> String in
            guard let given = classNames, k < given.count, !given[k].isEmpty else { return String(k) }
            return given[k]
        }

        // Matrix block.
        let columnTotals = (0..<classes).map(predictedCount(of:))
        let rowTotals = (0..<classes).map(actualCount(of:))
        let widestCount = String(total).count  // the grand total is the largest number shown
        let nameCap = max(TableLayout.minimumCell,
                          (TableLayout.screenWidth - labelWidth) / (classes + 1) - TableLayout.gap.count)
        let widestName = names.map { min($0.count, nameCap) }.max() ?? 0
        let cell = max(TableLayout.minimumCell, widestCount, widestName)

        func row(_ label: String, _ values: [String]) -> String {
            var line = label.truncated(to: labelWidth).padded(to: labelWidth)
            for value in values {
                line += TableLayout.gap + value.padded(left: cell)
            }
            return line
        }

        var lines: [String] = []
        lines.append(row(TableLayout.corner, names.map { $0.truncated(to: cell) } + ["total"]))
        for k in 0..<classes {
            lines.append(row(names[k], counts[k].map(String.init) + [String(rowTotals[k])]))
        }
        lines.append(row("total", columnTotals.map(String.init) + [String(total)]))

        // Per-class scores block.
        let scoreWidth = TableLayout.scoreHeaders.map(\.count).max() ?? 0
        func scoreRow(_ label: String, _ values: [String]) -> String {
            var line = label.truncated(to: labelWidth).padded(to: labelWidth)
            for value in values {
                line += TableLayout.gap + value.padded(left: scoreWidth)
            }
            return line
        }
        lines.append("")
        lines.append(scoreRow("class", TableLayout.scoreHeaders))
        for k in 0..<classes {
            lines.append(scoreRow(names[k], [
                NumberText.fixed(precision(of: k), digits: 3), NumberText.fixed(recall(of: k), digits: 3),
                NumberText.fixed(f1(of: k), digits: 3), String(rowTotals[k]),
            ]))
        }
        lines.append(scoreRow("macro average", [
            NumberText.fixed(macroPrecision, digits: 3), NumberText.fixed(macroRecall, digits: 3),
            NumberText.fixed(macroF1, digits: 3), String(total),
        ]))

        // Summary line.
        lines.append("")
        lines.append("accuracy \(NumberText.fixed(accuracy, digits: 3))   MCC \(NumberText.fixed(matthewsCorrelation, digits: 3))")
        return lines.map(trimmingTrailingSpaces).joined(separator: "\n")
    }

    private func trimmingTrailingSpaces(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }
}

/// The fixed sizes of `ConfusionMatrix.formattedTable`.
private enum TableLayout {
    static let corner = "actual \\ predicted"
    static let labelWidth = corner.count  // 18
    static let screenWidth = 80
    static let gap = "  "
    static let minimumCell = "total".count  // 5
    static let scoreHeaders = ["precision", "recall", "F1", "support"]
}
