import Foundation
import NNCore

/// One racer's part of `nnplay race --json`: exactly the object `nnplay train --json`
/// prints for the same run (`JSONReport`, the one place those keys are written), plus
/// `variant` (its label) and `curve` (epoch, train loss and test loss columns).
struct RaceEntry: Encodable {
    let variant: String
    let report: JSONReport
    let curve: LossCurve

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: JSONReport.Key.self)
        try container.encode(variant, forKey: JSONReport.Key("variant"))
        try container.encode(curve, forKey: JSONReport.Key("curve"))
    }
}

/// A run's losses after each epoch (epoch 0: the initial weights), at most about 500
/// points: every epoch up to 500 epochs, then every k-th (and always the last).
struct LossCurve: Encodable {
    private(set) var epoch: [Int] = []
    private(set) var train_loss: [JSONNumber] = []
    private(set) var test_loss: [JSONNumber] = []
    let stride: Int

    init(epochs: Int) {
        stride = max(1, (epochs + 499) / 500)
    }

    /// Records `trainer`'s losses if its epoch is on the stride (or `last`).
    mutating func record(_ trainer: Trainer, last: Bool) {
        guard trainer.epochs % stride == 0 || last, epoch.last != trainer.epochs else { return }
        let evaluation = trainer.evaluate()
        epoch.append(trainer.epochs)
        train_loss.append(JSONNumber(evaluation.train.loss))
        test_loss.append(JSONNumber(evaluation.test?.loss))
    }

    enum CodingKeys: String, CodingKey { case epoch, train_loss, test_loss }
}

/// The text report of a race: one row per variant.
enum RaceTable {
    static func render(_ rows: [(label: String, summary: TrainingSummary)], epochs: Int) -> String {
        let width = max(7, rows.map(\.label.count).max() ?? 0)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func cell(_ s: String) -> String { String(repeating: " ", count: max(0, 11 - s.count)) + s }
        var lines = ["race: \(rows.count) variants, \(epochs) epochs, same data and seed"]
        lines.append(pad("variant", width) + cell("train loss") + cell("test loss") + cell("train acc") + cell("test acc") + "  ")
        for (label, s) in rows {
            let accuracy: (SetEvaluation?) -> String = { set in
                set?.accuracy.map { $0.isFinite ? String(format: "%.1f%%", $0 * 100) : "-" } ?? "-"
            }
            var line = pad(label, width) + cell(TextReport.metric(s.evaluation.train.loss))
                + cell(s.evaluation.test.map { TextReport.metric($0.loss) } ?? "-")
                + cell(accuracy(s.evaluation.train)) + cell(accuracy(s.evaluation.test))
            if let step = s.divergedAtStep { line += "  diverged at step \(step)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
