import ArgumentParser
import Foundation
import NNCore
import NNSession

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

        Exit status: 0 swept, 1 a file could not be read, 64 a bad flag or value.
        """
    )

    @OptionGroup(title: "Training settings")
    var settings: TrainingOptions

    @Option(parsing: .unconditional, help: "Runs, each from its own seed or dataset draw (1 to 10000).")
    var seeds: Int = 8

    @Option(help: "What changes from run to run: data, weights or both.")
    var vary: SeedSweep.Vary = .both

    @Option(parsing: .unconditional, help: "Epochs to train each run.")
    var epochs: Int = 200

    @Option(parsing: .unconditional, help: "The accuracy (0 to 1) from which a run counts as solved.")
    var solved: Double = 0.95

    @Option(parsing: .unconditional, help: "Threads to train on (default: every core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Print the result as one JSON object.")
    var json = false

    @Flag(name: .shortAndLong, help: "No progress or notes on stderr (errors are still printed).")
    var quiet = false

    func run() throws {
        guard (1...10_000).contains(seeds) else { throw InputError("--seeds must be 1 to 10000") }
        guard (1...TrainCommand.maxEpochs).contains(epochs) else { throw InputError("--epochs must be 1 to \(TrainCommand.maxEpochs)") }
        guard (0...1).contains(solved) else { throw InputError("--solved must be an accuracy from 0 to 1") }
        guard (1...256).contains(threads) else { throw InputError("--threads must be 1 to 256") }
        guard settings.load == nil else { throw InputError("--load is not supported by sweep (every run starts afresh)") }
        let prepared = try settings.prepare(locator: .current())
        if !quiet { prepared.notes.forEach { StandardError.line("note: \($0)") } }
        let sweep = try SeedSweep(base: prepared.config, csv: prepared.config.dataset.kind == nil ? prepared.dataset : nil,
                                  problem: prepared.dataset.problem, vary: vary, seeds: seeds, epochs: epochs)

        let progress = RunsProgress(total: seeds, noun: "runs", quiet: quiet)
        let started = MonotonicClock.now()
        let runs = ParallelRuns.run(count: seeds, threads: threads, finished: progress.finished) { sweep.run($0) }
        let seconds = MonotonicClock.seconds(since: started)
        progress.finish()
        let report = SweepReport(sweep: sweep, runs: runs.map { $0.flatMap { $0 } }, solvedThreshold: solved,
                                 threads: threads, seconds: seconds)
        print(json ? report.json() : report.text())
    }
}
