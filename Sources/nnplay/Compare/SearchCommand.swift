import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// `nnplay search`: a grid search over two numeric settings, headless, on every core.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Grid-search two settings headless and choose the best cell on the validation set.",
        discussion: """
        Trains the setup the training flags describe once per cell and seed, for every pair \
        of values of --x and --y (each a ladder of --steps values, both ends included), on \
        --threads threads. Each cell reports the mean validation, train and test accuracy \
        and loss over its seeds; the best cell is the one with the highest mean validation \
        accuracy (lowest validation loss for regression). The test set is reported, never \
        used to choose. Without --val-ratio, 20% of the points are set aside for validation.

        An axis is setting=low..high, optionally :log (equal ratios) or :lin (equal steps); \
        lr, l1 and l2 are logarithmic by default, other settings linear. Any numeric \
        setting of 'nnplay train' can be an axis (lr, l2, momentum, noise, points, ...). \
        Seeds are the base --seed, +1, +2, ...: every cell sees the same points and starts \
        from the same weights for a given seed. The results are the same bits whatever \
        the number of threads.

        Examples:
          nnplay search --dataset circle --x lr=1e-4..1 --y l2=1e-5..1e-1 \\
              --steps 7 --epochs 200
          nnplay search --dataset spiral --hidden 8,8 --optimizer momentum \\
              --x lr=1e-3..0.3 --y momentum=0..0.9 --seeds 3 --csv

        On a terminal (stdin and stdout), without --json or --csv, the search is shown as \
        it runs (--no-tui prints the table instead, --tui insists): a heatmap of each \
        cell's validation accuracy (v: train, m: loss), its value written in it, the best \
        cell starred, cells filling in as their runs finish, and a progress line. Enter \
        on a cell (arrows or a click) opens its setup in the playground, with the base \
        seed; q there comes back. Leaving before the end stops the search as Ctrl-C does. \
        The table is printed when the screen closes.

        Ctrl-C (or SIGTERM) stops the search: the runs under way finish, the finished cells \
        are reported (the others with runs 0), the finished runs are saved to a resume file \
        (the --resume file, or search-<id>.resume in the current folder) and the command \
        that resumes is printed; the exit status is 130 (143 for SIGTERM). The resumed \
        search trains only the runs not saved and reports the same figures as a search \
        never interrupted. A resume file made with other settings is refused.

        Exit status: 0 searched, 1 a file could not be read, 64 a bad flag or value, 130 interrupted (143 by SIGTERM).
        """
    )

    /// The validation share used when the flags give none.
    static let defaultValidationRatio = 0.2
    /// At most this many runs (cells × seeds) in one search.
    static let maxRuns = 100_000

    @OptionGroup(title: "Training settings (the base setup of every cell)")
    var settings: TrainingOptions

    /// The default ladders, steps and epochs (also the playground's `m`: `PlaygroundCompare`).
    static let defaultX = "lr=1e-4..1", defaultY = "l2=1e-5..1e-1", defaultSteps = 7, defaultEpochs = 200

    @Option(help: ArgumentHelp("The first setting and its range: setting=low..high[:log|:lin].", valueName: "axis"))
    var x: String = SearchCommand.defaultX

    @Option(help: ArgumentHelp("The second setting and its range.", valueName: "axis"))
    var y: String = SearchCommand.defaultY

    @Option(parsing: .unconditional, help: "Values on each axis (2 to 50).")
    var steps: Int = SearchCommand.defaultSteps

    @Option(parsing: .unconditional, help: "Epochs to train each run.")
    var epochs: Int = SearchCommand.defaultEpochs

    @Option(parsing: .unconditional, help: "Seeds per cell (1 to 100).")
    var seeds: Int = 1

    @Option(parsing: .unconditional, help: "Threads to train on (default: every core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print the result as one JSON object.")
    var json = false

    @Flag(help: "Print one CSV row per cell.")
    var csv = false

    @Flag(name: .shortAndLong, help: "No progress or notes on stderr (errors are still printed).")
    var quiet = false

    @Flag(inversion: .prefixedNo, help: "Show the grid as a heatmap filling in (default: on a terminal without --json or --csv).")
    var tui: Bool?

    @Option(help: ArgumentHelp("Resume an interrupted search from the file it saved: its finished runs are kept, the others trained.",
                               valueName: "file"))
    var resume: String?

    func run() throws {
        Interruption.watch()
        guard (2...50).contains(steps) else { throw InputError("--steps must be 2 to 50") }
        guard (1...TrainCommand.maxEpochs).contains(epochs) else { throw InputError("--epochs must be 1 to \(TrainCommand.maxEpochs)") }
        guard (1...100).contains(seeds) else { throw InputError("--seeds must be 1 to 100") }
        guard (1...256).contains(threads) else { throw InputError("--threads must be 1 to 256") }
        guard !(json && csv) else { throw InputError("give either --json or --csv, not both") }
        guard settings.load == nil else { throw InputError("--load is not supported by search (every run starts afresh)") }
        let xAxis = try SearchAxis(parsing: x, flag: "--x")
        let yAxis = try SearchAxis(parsing: y, flag: "--y")
        guard xAxis.setting.key != yAxis.setting.key else { throw InputError("--x and --y must be different settings") }
        guard steps * steps * seeds <= Self.maxRuns else { throw InputError("at most \(Self.maxRuns) runs (--steps² × --seeds)") }

        let prepared = try settings.prepare(locator: .current())
        var notes = prepared.notes
        var base = prepared.config
        let problem = prepared.dataset.problem
        if settings.validationRatio == nil && base.dataset.validationRatio == 0 {
            let change = Settings.validationRatio.change(.number(Self.defaultValidationRatio))
            base = try base.applying([change]) { (_: DatasetConfig) throws(InputError) -> Problem in problem }
            notes.append("cells are chosen on a validation set of \(Int(Self.defaultValidationRatio * 100))% of the points (--val-ratio to change)")
        }
        let search = GridSearch(base: base, csv: base.dataset.kind == nil ? prepared.dataset : nil, problem: problem,
                                x: xAxis, y: yAxis, xValues: xAxis.values(count: steps), yValues: yAxis.values(count: steps),
                                seeds: seeds, epochs: epochs)
        try search.validate()
        if !quiet { notes.forEach { StandardError.line("note: \($0)") } }

        let runs = ResumableRuns(command: "search", settings: search.resumeSettings, count: search.jobs.count,
                                 resumePath: resume)
        let before = try runs.finishedBefore()
        if !quiet && !before.isEmpty { StandardError.line("note: \(before.count) of \(runs.count) runs taken from \(resume ?? "")") }

        if tui ?? (!json && !csv && Platform.isTerminal(Platform.standardOutput) && Platform.isTerminal(Platform.standardInput)) {
            guard !json && !csv else { throw InputError("--tui shows the grid on screen: give --json or --csv without it") }
            try PlaygroundLauncher.requireTerminal()
            let started = MonotonicClock.now()
            let outcome = try MainActor.assumeIsolated {
                try SearchScreenRun(search: search, runs: runs, threads: threads).run(before: before)
            }
            try finish(search: search, runs: runs, figures: outcome.figures, seconds: MonotonicClock.seconds(since: started),
                       exitStatus: outcome.signal ?? 130)
            return
        }

        let jobs = search.jobs
        let progress = RunsProgress(total: jobs.count, noun: "runs", quiet: quiet)
        let started = MonotonicClock.now()
        let figures = runs.run(before: before, threads: threads, finished: progress.finished) { search.run(jobs[$0]) }
        progress.finish()
        try finish(search: search, runs: runs, figures: figures, seconds: MonotonicClock.seconds(since: started),
                   exitStatus: Interruption.exitStatus)
    }

    /// Prints the report; for an unfinished search, saves the finished runs for
    /// `--resume`, says how to resume and exits with `exitStatus`.
    func finish(search: GridSearch, runs: ResumableRuns, figures: [RunFigures?], seconds: Double, exitStatus: Int32) throws {
        let cells = search.results(figures)
        let complete = !figures.contains { $0 == nil }
        let report = SearchReport(search: search, cells: cells, best: CellResult.best(of: cells), threads: threads,
                                  seconds: seconds, complete: complete)
        print(json ? report.json() : csv ? report.csv() : report.text())
        if !complete {
            let done = cells.filter { $0.runs > 0 }.count
            StandardError.line("interrupted: \(done) of \(cells.count) cells finished and reported (the others have runs 0)")
            runs.save(figures).forEach(StandardError.write)
            throw ExitCode(exitStatus)
        }
    }
}
