import Foundation
import NNCore
import NNSession
import NNTUI

/// The grid search and the seed sweep the playground opens on its current setup (`m`
/// and `e`, `CompareScreen`), on the playground's own terminal: the commands' screens
/// with their defaults (`nnplay search`: lr × L2 on the default ladders, cells chosen on
/// a validation set of 20 % when the setup has none; `nnplay sweep`: the default seeds,
/// varying both), trained on every core. `q` comes back with a note of the result;
/// nothing is printed or saved (leaving early simply stops the runs).
enum PlaygroundCompare {
    @MainActor
    /// `csv`: the points the playground trains on when `config` names a CSV file (the
    /// very points it loaded, rescaled as it shows them), nil on built-in data.
    static func open(_ screen: CompareScreen, config: TrainingConfig, csv: Dataset?,
                     backend: any TerminalBackend) -> CompareOutcome {
        do {
            let csv = config.dataset.kind == nil ? csv : nil
            let problem = try DatasetFactory.make(config, loaded: csv).problem
            switch screen {
            case .search: return try search(config, csv: csv, problem: problem, backend: backend)
            case .sweep: return try sweep(config, csv: csv, problem: problem, backend: backend)
            }
        } catch let error as InputError {
            return .returned(note: error.message)
        } catch {
            return .returned(note: "\(error)")
        }
    }

    /// `nnplay search` of `config` with the command's defaults, on `backend`.
    @MainActor
    static func search(_ config: TrainingConfig, csv: Dataset? = nil, problem: Problem,
                       backend: any TerminalBackend) throws -> CompareOutcome {
        let search = try grid(config, csv: csv, problem: problem)
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let runs = ResumableRuns(command: "search", settings: search.resumeSettings, count: search.jobs.count, resumePath: nil)
        let outcome = try SearchScreenRun(search: search, runs: runs, threads: threads).run(before: [:], on: backend)
        if outcome.signal != nil { return .quit }
        let cells = search.results(outcome.figures)
        guard let best = CellResult.best(of: cells) else { return .returned(note: "search: no cell finished") }
        let cell = cells[best]
        let figure = cell.validationAccuracy.map { String(format: "validation accuracy %.1f%%", $0 * 100) }
            ?? cell.validationLoss.map { "validation loss " + TextReport.number($0) } ?? ""
        return .returned(note: "search: best \(search.x.setting.key) \(TextReport.number(cell.x)), "
                         + "\(search.y.setting.key) \(TextReport.number(cell.y)): \(figure)")
    }

    /// The grid `nnplay search` makes of `config` with no flags but the setup's.
    static func grid(_ config: TrainingConfig, csv: Dataset? = nil, problem: Problem) throws(InputError) -> GridSearch {
        let x = try SearchAxis(parsing: SearchCommand.defaultX, flag: "--x")
        let y = try SearchAxis(parsing: SearchCommand.defaultY, flag: "--y")
        var base = config
        if base.dataset.validationRatio == 0 {
            let change = Settings.validationRatio.change(.number(SearchCommand.defaultValidationRatio))
            base = try base.applying([change]) { (_: DatasetConfig) throws(InputError) -> Problem in problem }
        }
        let steps = SearchCommand.defaultSteps
        let search = GridSearch(base: base, csv: csv, problem: problem, x: x, y: y, xValues: x.values(count: steps),
                                yValues: y.values(count: steps), seeds: 1, epochs: SearchCommand.defaultEpochs)
        try search.validate()
        return search
    }

    /// `nnplay sweep` of `config` with the command's defaults, on `backend`.
    @MainActor
    static func sweep(_ config: TrainingConfig, csv: Dataset? = nil, problem: Problem,
                      backend: any TerminalBackend) throws -> CompareOutcome {
        let seeds = SweepCommand.defaultSeeds, solved = SweepCommand.defaultSolved
        let sweep = try SeedSweep(base: config, csv: csv, problem: problem, vary: .both, seeds: seeds,
                                  epochs: SweepCommand.defaultEpochs)
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let runs = ResumableRuns(command: "sweep", settings: sweep.resumeSettings, count: seeds, resumePath: nil)
        let outcome = try SweepScreenRun(sweep: sweep, runs: runs, threads: threads, solved: solved)
            .run(before: [:], on: backend)
        if outcome.signal != nil { return .quit }
        let finished = outcome.figures.compactMap { $0 }
        let report = SweepReport(sweep: sweep, runs: finished, solvedThreshold: solved, threads: threads, seconds: 0)
        guard report.solvedShare != nil else {
            return .returned(note: "sweep: \(finished.count) of \(seeds) runs finished")
        }
        return .returned(note: String(format: "sweep: %d of %d runs solved (accuracy ≥ %g)",
                                      finished.filter { report.solved($0) == true }.count, finished.count, solved)
                         + (finished.count < seeds ? ", \(seeds - finished.count) not finished" : ""))
    }
}
