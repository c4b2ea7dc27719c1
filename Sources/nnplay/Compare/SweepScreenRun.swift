import Dispatch
import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay sweep` on a terminal (`LiveRuns`): each run's decision heatmap appears as it
/// finishes (evaluated on the worker thread that trained it), with the spread table
/// below or beside; Enter on a run opens its setup in the playground.
struct SweepScreenRun {
    let sweep: SeedSweep
    let runs: ResumableRuns
    let threads: Int
    let solved: Double

    /// The heatmaps' resolution (pixels across and down); the screen resamples it.
    static let fieldSize = GridSize(width: 32, height: 32)

    /// Shows the sweep until it ends or is left, on `backend` (nil: a curses screen of
    /// its own); every run's figures, and the exit status of a signal that ended it.
    @MainActor
    func run(before: [Int: RunFigures], on backend: (any TerminalBackend)? = nil) throws
        -> (figures: [RunFigures?], signal: Int32?) {
        let sweep = self.sweep, screen = self
        let feed = SweepFeed(board((0..<sweep.seeds).map { before[$0] }, seconds: nil, finished: false))
        // Resumed runs have no heatmap (only their figures were saved): trained again for
        // the picture, off the screen's thread.
        let resumed = before.keys.sorted()
        if !resumed.isEmpty {
            DispatchQueue.global().async {
                for k in resumed {
                    guard let trainer = sweep.trained(k) else { continue }
                    let tile = screen.tile(k, trainer: trainer)
                    feed.publish { $0.runs[k] = tile }
                }
            }
        }
        return try LiveRuns.run(runs, before: before, threads: threads, feed: feed, screen: SweepScreenState.self,
                                job: { k in
                                    guard let trainer = sweep.trained(k) else { return nil }
                                    let tile = screen.tile(k, trainer: trainer)
                                    feed.publish { $0.runs[k] = tile }
                                    return RunFigures(trainer)
                                },
                                finishedRun: { all, seconds, ended in
                                    let next = screen.board(all, seconds: seconds, finished: ended)
                                    feed.publish { board in
                                        board.spread = next.spread
                                        board.notes = next.notes
                                        board.runsDone = next.runsDone
                                        board.seconds = seconds
                                        board.finished = ended
                                    }
                                },
                                open: { k in
                                    try LiveRuns.openPlayground(sweep.config(k), csv: sweep.csv,
                                                                message: "sweep \(screen.label(k)): q returns to the sweep",
                                                                on: backend)
                                },
                                on: backend)
    }

    /// What varied in run `k`: `seed 4` or `draw 4`.
    func label(_ k: Int) -> String {
        let config = sweep.config(k)
        return sweep.vary == .data ? "draw \(config.dataset.generation)" : "seed \(config.seed)"
    }

    /// Run `k`'s thumbnail: its decision heatmap and its final figure.
    func tile(_ k: Int, trainer: Trainer) -> SweepBoard.Run {
        let grid = DecisionGrid(width: Self.fieldSize.width, height: Self.fieldSize.height, features: trainer.config.features)
        let field = HeatmapField(boundary: grid.evaluate(trainer.network), size: Self.fieldSize,
                                 head: trainer.network.output, problem: sweep.problem)
        let figures = RunFigures(trainer)
        let report = SweepReport(sweep: sweep, runs: [], solvedThreshold: solved, threads: threads, seconds: 0)
        let accuracy = figures.testAccuracy ?? figures.trainAccuracy
        let figure = figures.diverged ? "diverged"
            : accuracy.map { String(format: "%.1f%%", $0 * 100) } ?? String(format: "%.4f", figures.testLoss ?? figures.trainLoss)
        return SweepBoard.Run(label: label(k), figure: figure, solved: report.solved(figures), diverged: figures.diverged,
                              field: field)
    }

    /// The board's figures from the runs finished so far (thumbnails are published by the runs).
    func board(_ figures: [RunFigures?], seconds: Double?, finished: Bool) -> SweepBoard {
        let done = figures.compactMap { $0 }
        let report = SweepReport(sweep: sweep, runs: done, solvedThreshold: solved, threads: threads, seconds: seconds ?? 0)
        var rows: [SweepBoard.SpreadRow] = []
        func row(_ name: String, _ figure: (RunFigures) -> Double?, percent: Bool) {
            guard let s = report.spread(figure) else { return }
            func text(_ x: Double) -> String { percent ? String(format: "%.1f%%", x * 100) : String(format: "%.4f", x) }
            rows.append(SweepBoard.SpreadRow(name: name, min: text(s.min), median: text(s.median), max: text(s.max)))
        }
        row("train loss", \.trainLoss, percent: false)
        row("test loss", \.testLoss, percent: false)
        row("train accuracy", \.trainAccuracy, percent: true)
        row("test accuracy", \.testAccuracy, percent: true)
        var notes: [String] = []
        if let share = report.solvedShare {
            notes.append(String(format: "solved (accuracy ≥ %g): %.0f%% of %d runs", solved, share * 100, done.count))
        }
        let diverged = done.filter(\.diverged).count
        if diverged > 0 { notes.append("diverged: \(diverged) of \(done.count) runs") }
        let title = "\(sweep.base.dataset.displayName) · \(sweep.seeds) runs varying \(sweep.vary.rawValue) · "
            + "\(sweep.epochs) epochs · \(threads) thread\(threads == 1 ? "" : "s")"
        return SweepBoard(title: title, runs: Array(repeating: nil, count: figures.count), spread: rows, notes: notes,
                          runsDone: done.count, seconds: seconds, finished: finished)
    }
}
