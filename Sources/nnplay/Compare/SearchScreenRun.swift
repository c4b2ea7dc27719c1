import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay search` on a terminal (`LiveRuns`): the heatmap fills in as cells finish;
/// Enter on a cell opens its setup (its two values, the base seed) in the playground.
struct SearchScreenRun {
    let search: GridSearch
    let runs: ResumableRuns
    let threads: Int

    /// Shows the search until it ends or is left, on `backend` (nil: a curses screen of
    /// its own); every run's figures, and the exit status of a signal that ended it.
    @MainActor
    func run(before: [Int: RunFigures], on backend: (any TerminalBackend)? = nil) throws
        -> (figures: [RunFigures?], signal: Int32?) {
        let jobs = search.jobs
        let feed = SearchFeed(grid((0..<jobs.count).map { before[$0] }, seconds: nil, finished: false))
        let search = self.search, screen = self
        return try LiveRuns.run(runs, before: before, threads: threads, feed: feed, screen: SearchScreenState.self,
                                job: { search.run(jobs[$0]) },
                                finishedRun: { all, seconds, ended in
                                    let grid = screen.grid(all, seconds: seconds, finished: ended)
                                    feed.publish { $0 = grid }
                                },
                                open: { try screen.openInPlayground(cell: $0, on: backend) },
                                on: backend)
    }

    /// The grid the screen draws, from the runs finished so far.
    func grid(_ figures: [RunFigures?], seconds: Double?, finished: Bool) -> SearchGrid {
        let cells = search.results(figures)
        func label(_ x: Double) -> String { String(format: "%.3g", x) }
        let base = search.base
        return SearchGrid(
            title: "\(base.dataset.displayName) · \(search.epochs) epochs · \(search.seeds) seed\(search.seeds == 1 ? "" : "s") per cell · "
                + "\(search.xValues.count)×\(search.yValues.count) cells · \(threads) thread\(threads == 1 ? "" : "s")",
            xName: search.x.setting.key, yName: search.y.setting.key,
            xLabels: search.xValues.map(label), yLabels: search.yValues.map(label),
            cells: cells.map { c in
                c.runs == 0 ? nil : SearchGrid.Figures(trainLoss: c.trainLoss, trainAccuracy: c.trainAccuracy,
                                                       validationLoss: c.validationLoss, validationAccuracy: c.validationAccuracy,
                                                       runs: c.runs, divergedRuns: c.divergedRuns)
            },
            best: CellResult.best(of: cells), classifies: search.problem.isClassification,
            runsDone: figures.filter { $0 != nil }.count, runsTotal: figures.count, seconds: seconds, finished: finished)
    }

    /// Shows cell `cell`'s setup (its values, the base seed) in the playground until `q`.
    @MainActor
    private func openInPlayground(cell: Int, on backend: (any TerminalBackend)?) throws {
        let config = try search.config(for: GridSearch.Job(cell: cell, seed: 0))
        let values = search.cells[cell]
        try LiveRuns.openPlayground(config, csv: search.csv,
                                    message: "search cell \(search.x.setting.key) \(TextReport.number(values.x)), "
                                        + "\(search.y.setting.key) \(TextReport.number(values.y)), seed \(config.seed): q returns to the search",
                                    on: backend)
    }
}
