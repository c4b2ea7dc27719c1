import Foundation
import NNCore

/// The report of a seed sweep: each run's final figures, the spread (min, median, max)
/// of each figure over the runs that did not diverge, and the share of runs that
/// solved the task: test accuracy (train accuracy when there is no test set) at least
/// the `--solved` threshold. Regression has no "solved" (`null`).
struct SweepReport {
    let sweep: SeedSweep
    let runs: [RunFigures?]
    let solvedThreshold: Double
    let threads: Int
    let seconds: Double
    /// Each reported run's index among the sweep's runs (an interrupted sweep reports
    /// its finished runs only).
    var indices: [Int]? = nil

    /// Whether run figures count as solved; nil for regression.
    func solved(_ r: RunFigures) -> Bool? {
        guard sweep.problem.isClassification else { return nil }
        guard !r.diverged, let accuracy = r.testAccuracy ?? r.trainAccuracy else { return false }
        return accuracy >= solvedThreshold
    }

    /// Solved runs over all runs; nil for regression.
    var solvedShare: Double? {
        guard sweep.problem.isClassification, !runs.isEmpty else { return nil }
        return Double(runs.filter { $0.flatMap(solved) == true }.count) / Double(runs.count)
    }

    func spread(_ figure: (RunFigures) -> Double?) -> Spread? {
        Spread(runs.compactMap { $0 }.filter { !$0.diverged }.compactMap(figure).filter(\.isFinite))
    }

    func json() -> String {
        JSONLine.encode(Shape(self))
    }

    func text() -> String {
        var lines = ["seed sweep: \(runs.count) runs varying \(sweep.vary.rawValue), \(sweep.epochs) epochs, \(sweep.base.dataset.displayName)"]
        lines.append("                    min    median       max")
        func row(_ name: String, _ figure: (RunFigures) -> Double?, percent: Bool) {
            guard let s = spread(figure) else { return }
            let format: (Double) -> String = { percent ? String(format: "%9.1f%%", $0 * 100) : String(format: "%10.4f", $0) }
            lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0) + format(s.min) + format(s.median) + format(s.max))
        }
        row("train loss", \.trainLoss, percent: false)
        row("test loss", \.testLoss, percent: false)
        row("train accuracy", \.trainAccuracy, percent: true)
        row("test accuracy", \.testAccuracy, percent: true)
        let diverged = runs.filter { $0?.diverged != false }.count
        if diverged > 0 { lines.append("diverged: \(diverged) of \(runs.count) runs") }
        if let share = solvedShare {
            lines.append(String(format: "solved (accuracy >= %g): %.0f%% of runs", solvedThreshold, share * 100))
        }
        lines.append(String(format: "%d runs in %.2f s on %d thread(s)", runs.count, seconds, threads))
        return lines.joined(separator: "\n")
    }

    private struct Shape: Encodable {
        struct Run: Encodable {
            let run: Int, seed: UInt64, generation: Int, diverged: Bool, solved: Bool?
            let train_loss, train_accuracy, test_loss, test_accuracy: JSONNumber
        }
        struct Range: Encodable {
            let min, median, max: Double
        }
        let dataset: String, vary: String, seeds: Int, epochs: Int, base_seed: UInt64
        let solved_threshold: Double, solved_share: JSONNumber, diverged_runs: Int
        let runs: [Run]
        let train_loss, test_loss, train_accuracy, test_accuracy: Range?
        let threads: Int, seconds: Double

        init(_ r: SweepReport) {
            dataset = r.sweep.base.dataset.displayName
            vary = r.sweep.vary.rawValue
            seeds = r.sweep.seeds
            epochs = r.sweep.epochs
            base_seed = r.sweep.base.seed
            solved_threshold = r.solvedThreshold
            solved_share = JSONNumber(r.solvedShare)
            diverged_runs = r.runs.filter { $0?.diverged != false }.count
            runs = r.runs.enumerated().map { slot, figures in
                let k = r.indices?[slot] ?? slot
                let config = r.sweep.config(k)
                return Run(run: k, seed: config.seed, generation: config.dataset.generation,
                           diverged: figures?.diverged ?? true, solved: figures.flatMap(r.solved),
                           train_loss: JSONNumber(figures?.trainLoss), train_accuracy: JSONNumber(figures?.trainAccuracy),
                           test_loss: JSONNumber(figures?.testLoss), test_accuracy: JSONNumber(figures?.testAccuracy))
            }
            func range(_ figure: (RunFigures) -> Double?) -> Range? {
                r.spread(figure).map { Range(min: $0.min, median: $0.median, max: $0.max) }
            }
            train_loss = range(\.trainLoss)
            test_loss = range(\.testLoss)
            train_accuracy = range(\.trainAccuracy)
            test_accuracy = range(\.testAccuracy)
            threads = r.threads
            seconds = r.seconds
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(dataset, forKey: .dataset); try c.encode(vary, forKey: .vary)
            try c.encode(seeds, forKey: .seeds); try c.encode(epochs, forKey: .epochs)
            try c.encode(base_seed, forKey: .base_seed); try c.encode(solved_threshold, forKey: .solved_threshold)
            try c.encode(solved_share, forKey: .solved_share); try c.encode(diverged_runs, forKey: .diverged_runs)
            try c.encode(runs, forKey: .runs)
            try c.encode(train_loss, forKey: .train_loss); try c.encode(test_loss, forKey: .test_loss)
            try c.encode(train_accuracy, forKey: .train_accuracy); try c.encode(test_accuracy, forKey: .test_accuracy)
            try c.encode(threads, forKey: .threads); try c.encode(seconds, forKey: .seconds)
        }

        enum CodingKeys: String, CodingKey {
            case dataset, vary, seeds, epochs, base_seed, solved_threshold, solved_share, diverged_runs, runs
            case train_loss, test_loss, train_accuracy, test_accuracy, threads, seconds
        }
    }
}
