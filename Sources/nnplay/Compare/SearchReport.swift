import Foundation
import NNCore

/// The three renderings of a finished (or interrupted) grid search: one JSON object,
/// CSV with one row per cell, and a text table of validation figures with the best
/// cell starred. Non-finite numbers are `null` in JSON and empty in CSV.
struct SearchReport {
    let search: GridSearch
    let cells: [CellResult]
    let best: Int?
    let threads: Int
    let seconds: Double
    let complete: Bool

    /// Accuracy when the problem has classes, else loss: what the table shows.
    private var classifies: Bool { search.problem.isClassification }

    /// One JSON object with sorted keys, encoded like `nnplay train --json` (every
    /// number printed so that it reads back as the same bits).
    func json() -> String {
        let report = JSONShape(
            x: .init(setting: search.x.setting.key, scale: search.x.scale.rawValue, values: search.xValues),
            y: .init(setting: search.y.setting.key, scale: search.y.scale.rawValue, values: search.yValues),
            seeds: search.seeds, epochs: search.epochs, base_seed: search.base.seed,
            validation_ratio: search.base.dataset.validationRatio, dataset: search.base.dataset.displayName,
            chosen_on: classifies ? "validation_accuracy" : "validation_loss", threads: threads,
            seconds: JSONNumber(seconds), cells_per_second: JSONNumber(seconds > 0 ? Double(cells.count) / seconds : nil),
            complete: complete, cells: cells.map(JSONCell.init), best: best.map { JSONCell(cells[$0]) })
        return JSONLine.encode(report)
    }

    private struct JSONShape: Encodable {
        struct Axis: Encodable { let setting: String, scale: String, values: [Double] }
        let x: Axis, y: Axis
        let seeds: Int, epochs: Int, base_seed: UInt64
        let validation_ratio: Double, dataset: String, chosen_on: String, threads: Int
        let seconds: JSONNumber, cells_per_second: JSONNumber
        let complete: Bool, cells: [JSONCell]
        let best: JSONCell?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(x, forKey: .x); try c.encode(y, forKey: .y)
            try c.encode(seeds, forKey: .seeds); try c.encode(epochs, forKey: .epochs)
            try c.encode(base_seed, forKey: .base_seed); try c.encode(validation_ratio, forKey: .validation_ratio)
            try c.encode(dataset, forKey: .dataset); try c.encode(chosen_on, forKey: .chosen_on)
            try c.encode(threads, forKey: .threads); try c.encode(seconds, forKey: .seconds)
            try c.encode(cells_per_second, forKey: .cells_per_second); try c.encode(complete, forKey: .complete)
            try c.encode(cells, forKey: .cells); try c.encode(best, forKey: .best)
        }

        enum CodingKeys: String, CodingKey {
            case x, y, seeds, epochs, base_seed, validation_ratio, dataset, chosen_on, threads, seconds
            case cells_per_second, complete, cells, best
        }
    }

    private struct JSONCell: Encodable {
        let x: Double, y: Double, runs: Int, diverged_runs: Int
        let train_loss, train_accuracy, validation_loss, validation_accuracy, test_loss, test_accuracy: JSONNumber

        init(_ c: CellResult) {
            x = c.x; y = c.y; runs = c.runs; diverged_runs = c.divergedRuns
            train_loss = JSONNumber(c.trainLoss); train_accuracy = JSONNumber(c.trainAccuracy)
            validation_loss = JSONNumber(c.validationLoss); validation_accuracy = JSONNumber(c.validationAccuracy)
            test_loss = JSONNumber(c.testLoss); test_accuracy = JSONNumber(c.testAccuracy)
        }
    }

    func csv() -> String {
        func field(_ x: Double?) -> String { x.flatMap { $0.isFinite ? "\($0)" : nil } ?? "" }
        var lines = ["\(search.x.setting.key),\(search.y.setting.key),runs,diverged_runs,validation_accuracy,validation_loss,"
                     + "train_accuracy,train_loss,test_accuracy,test_loss,best"]
        for (i, c) in cells.enumerated() {
            let figures = [c.validationAccuracy, c.validationLoss, c.trainAccuracy, c.trainLoss, c.testAccuracy, c.testLoss]
            lines.append(["\(c.x)", "\(c.y)", "\(c.runs)", "\(c.divergedRuns)"].joined(separator: ",") + ","
                         + figures.map(field).joined(separator: ",") + "," + (i == best ? "1" : "0"))
        }
        return lines.joined(separator: "\n")
    }

    /// A figure in at most 10 characters: a percentage with one decimal, or a loss with
    /// 4 decimals (scientific notation when very large or very small).
    static func shortFigure(_ x: Double, percent: Bool) -> String {
        if percent { return String(format: "%.1f", x) }
        return abs(x) >= 1e5 || (x != 0 && abs(x) < 0.001) ? String(format: "%.2e", x) : String(format: "%.4f", x)
    }

    /// Rows are y values (top: the first), columns x values; each cell the mean
    /// validation accuracy in % (or loss), `*` on the best.
    func text() -> String {
        let figure = classifies ? "validation accuracy (%)" : "validation loss"
        var lines = ["grid search: \(figure), mean of \(search.seeds) seed(s), \(search.epochs) epochs; "
                     + "rows \(search.y.setting.key), columns \(search.x.setting.key)"]
        let texts = cells.indices.map { index -> String in
            let c = cells[index]
            let value = classifies ? c.validationAccuracy.map { $0 * 100 } : c.validationLoss
            let text = value.flatMap { $0.isFinite ? Self.shortFigure($0, percent: classifies) : nil }
                ?? (c.runs == 0 ? "-" : "diverged")
            return index == best ? "*" + text : text
        }
        // Headings to 3 significant digits (the JSON and CSV reports give every digit).
        func label(_ x: Double) -> String { String(format: "%.3g", x) }
        let labels = (search.xValues + search.yValues).map(label)
        // Columns as narrow as their longest entry, with two spaces between them.
        let width = 2 + (texts + labels).map(\.count).max()!
        func pad(_ s: String) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        lines.append(pad("") + search.xValues.map { pad(label($0)) }.joined())
        for (row, yv) in search.yValues.enumerated() {
            let start = row * search.xValues.count
            lines.append(pad(label(yv)) + texts[start..<(start + search.xValues.count)].map(pad).joined())
        }
        if let best {
            let c = cells[best]
            func pct(_ x: Double?) -> String { x.map { String(format: "%.1f%%", $0 * 100) } ?? "-" }
            func loss(_ x: Double?) -> String { x.map { TextReport.metric($0) } ?? "-" }
            lines.append("best: \(search.x.setting.key) \(TextReport.number(c.x)), \(search.y.setting.key) \(TextReport.number(c.y))"
                         + (classifies ? ": accuracy validation \(pct(c.validationAccuracy)), train \(pct(c.trainAccuracy)), test \(pct(c.testAccuracy))" : "")
                         + "; loss validation \(loss(c.validationLoss)), train \(loss(c.trainLoss)), test \(loss(c.testLoss))")
        } else {
            lines.append("best: none (no cell has a finite validation figure)")
        }
        lines.append(String(format: "%d cells x %d seed(s) in %.2f s on %d thread(s): %.2f cells/s",
                            cells.count, search.seeds, seconds, threads, seconds > 0 ? Double(cells.count) / seconds : 0))
        return lines.joined(separator: "\n")
    }
}
