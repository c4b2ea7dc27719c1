import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

extension SeedSweep.Vary: ExpressibleByArgument {}

/// `nnplay sweep`: the same setup from many seeds, headless, on every core.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Train one setup from many seeds and report the spread of the results.",
        discussion: """
        Trains the setup the training flags describe --seeds times, varying the data \
        (points and split), the weights (initial weights, batch order, dropout) or both \
        (the seed itself, as 'nnplay train --seed' does), and reports the min, median and \
        max of the final train and test loss and accuracy (over the runs that did not \
        diverge) and the share of runs that solved the task: test accuracy (train accuracy \
        when there is no test set) at least --solved. Regression has no 'solved'. The \
        results are the same bits whatever the number of threads.

        Examples:
          nnplay sweep --dataset xor --hidden 4 --seeds 20 --epochs 300
          nnplay sweep --dataset spiral --hidden 8,8 --vary weights --seeds 8 --json

        On a terminal (stdin and stdout), without --json, the runs are shown as they \
        finish (--no-tui prints the table instead): small multiples of their decision \
        heatmaps, each with its final test accuracy (✓ solved, ✖ diverged), and the \
        spread table. Enter on a run (arrows or a click) opens its setup in the \
        playground; q there comes back. The table is printed when the screen closes.

        Ctrl-C (or SIGTERM) stops the sweep: the runs under way finish, the finished runs \
        are reported and saved to a resume file (the --resume file, or sweep-<id>.resume \
        in the current folder), and the command that resumes is printed.

        Exit status: 0 swept, 1 a file could not be read, 64 a bad flag or value, 130 \
        interrupted (143 by SIGTERM).
        """
    )

    @OptionGroup(title: "Training settings")
    var settings: TrainingOptions

    /// The default runs, epochs and threshold (also the playground's `e`: `PlaygroundCompare`).
    static let defaultSeeds = 8, defaultEpochs = 200, defaultSolved = 0.95

    @Option(parsing: .unconditional, help: "Runs, each from its own seed or dataset draw (1 to 10000).")
    var seeds: Int = SweepCommand.defaultSeeds

    @Option(help: "What changes from run to run: data, weights or both.")
    var vary: SeedSweep.Vary = .both

    @Option(parsing: .unconditional, help: "Epochs to train each run.")
    var epochs: Int = SweepCommand.defaultEpochs

    @Option(parsing: .unconditional, help: "The accuracy (0 to 1) from which a run counts as solved.")
    var solved: Double = SweepCommand.defaultSolved

    @Option(parsing: .unconditional, help: "Threads to train on (default: every core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print the result as one JSON object.")
    var json = false

    @Flag(name: .shortAndLong, help: "No progress or notes on stderr (errors are still printed).")
    var quiet = false

    @Flag(inversion: .prefixedNo, help: "Show the runs' heatmaps as they finish (default: on a terminal without --json).")
    var tui: Bool?

    @Option(help: ArgumentHelp("Resume an interrupted sweep from the file it saved: its finished runs are kept, the others trained.",
                               valueName: "file"))
    var resume: String?

    func run() throws {
        Interruption.watch()
        guard (1...10_000).contains(seeds) else { throw InputError("--seeds must be 1 to 10000") }
        guard (1...TrainCommand.maxEpochs).contains(epochs) else { throw InputError("--epochs must be 1 to \(TrainCommand.maxEpochs)") }
        guard (0...1).contains(solved) else { throw InputError("--solved must be an accuracy from 0 to 1") }
        guard (1...256).contains(threads) else { throw InputError("--threads must be 1 to 256") }
        guard settings.load == nil else { throw InputError("--load is not supported by sweep (every run starts afresh)") }
        let prepared = try settings.prepare(locator: .current())
        if !quiet { prepared.notes.forEach { StandardError.line("note: \($0)") } }
        let sweep = try SeedSweep(base: prepared.config, csv: prepared.config.dataset.kind == nil ? prepared.dataset : nil,
                                  problem: prepared.dataset.problem, vary: vary, seeds: seeds, epochs: epochs)

        let runs = ResumableRuns(command: "sweep", settings: sweep.resumeSettings, count: seeds, resumePath: resume)
        let before = try runs.finishedBefore()
        if !quiet && !before.isEmpty { StandardError.line("note: \(before.count) of \(seeds) runs taken from \(resume ?? "")") }

        if tui ?? (!json && Platform.isTerminal(Platform.standardOutput) && Platform.isTerminal(Platform.standardInput)) {
            guard !json else { throw InputError("--tui shows the runs on screen: give --json without it") }
            try PlaygroundLauncher.requireTerminal()
            let started = MonotonicClock.now()
            let outcome = try MainActor.assumeIsolated {
                try SweepScreenRun(sweep: sweep, runs: runs, threads: threads, solved: solved).run(before: before)
            }
            try finish(sweep: sweep, runs: runs, figures: outcome.figures, seconds: MonotonicClock.seconds(since: started),
                       exitStatus: outcome.signal ?? 130)
            return
        }

        let progress = RunsProgress(total: seeds, noun: "runs", quiet: quiet)
        let started = MonotonicClock.now()
        let figures = runs.run(before: before, threads: threads, finished: progress.finished) { sweep.run($0) }
        progress.finish()
        try finish(sweep: sweep, runs: runs, figures: figures, seconds: MonotonicClock.seconds(since: started),
                   exitStatus: Interruption.exitStatus)
    }

    /// Prints the report; for an unfinished sweep, saves the finished runs for
    /// `--resume`, says how to resume and exits with `exitStatus`.
    func finish(sweep: SeedSweep, runs: ResumableRuns, figures: [RunFigures?], seconds: Double, exitStatus: Int32) throws {
        let complete = !figures.contains { $0 == nil }
        // Interrupted: the report covers the finished runs only.
        let finished = figures.indices.filter { figures[$0] != nil }
        let report = SweepReport(sweep: sweep, runs: complete ? figures : finished.map { figures[$0] }, solvedThreshold: solved,
                                 threads: threads, seconds: seconds, indices: complete ? nil : finished)
        print(json ? report.json() : report.text())
        if !complete {
            StandardError.line("interrupted: \(figures.filter { $0 != nil }.count) of \(seeds) runs finished and reported")
            runs.save(figures).forEach(StandardError.write)
            throw ExitCode(exitStatus)
        }
    }
}
