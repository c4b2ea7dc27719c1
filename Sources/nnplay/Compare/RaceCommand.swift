import ArgumentParser
import Foundation
import NNCore
import NNSession

/// `nnplay race`: two to four variants of one setup trained side by side, headless.
struct RaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "race",
        abstract: "Train two to four variants of one setup side by side and compare them.",
        discussion: """
        The training flags describe the base setup; each --variant changes some of its \
        settings ('optimizer=adam,lr=0.01': setting=value pairs separated by commas, any \
        flag of 'nnplay train' but the data's: the variants share their points and seed). \
        Every variant starts from the same initial weights wherever the network's shape \
        and initializer agree, and sees the batches in the same order; they advance in \
        lockstep, one training step each in turn, each until it has trained --epochs epochs \
        (or diverged, or stopped early), the race 'nnplay play --variant' shows. Each \
        variant ends with the same bits as 'nnplay train' with the base flags and the \
        variant's settings as flags; with --json each variant is the object 'nnplay train \
        --json' prints ('seconds' is the whole race's), plus 'variant' and its loss 'curve'. \
        Ctrl-C stops the race and reports each variant as far as it got.

        Examples:
          nnplay race --dataset circle --variant 'optimizer=adam,lr=0.01' \\
              --variant 'optimizer=sgd' --epochs 100
          nnplay race --dataset spiral --hidden 8,8 --variant activation=relu \\
              --variant activation=tanh --json

        Exit status: 0 raced (even if a variant diverged), 1 a file could not be read, 64 a bad flag or value, \
        130 interrupted by Ctrl-C (the figures so far are printed, with "complete": false).
        """
    )

    @OptionGroup(title: "Training settings (the base setup of every variant)")
    var settings: TrainingOptions

    @Option(name: .customLong("variant"), help: ArgumentHelp("A variant: setting=value pairs separated by commas (2 to 4 of them).",
                                                             valueName: "settings"))
    var variants: [String] = []

    @Option(parsing: .unconditional, help: "Epochs to train each variant.")
    var epochs: Int = 200

    @Flag(help: "Print the result as one JSON object.")
    var json = false

    @Flag(name: .shortAndLong, help: "No notes on stderr (errors are still printed).")
    var quiet = false

    func run() throws {
        Interruption.watch()
        guard (0...TrainCommand.maxEpochs).contains(epochs) else { throw InputError("--epochs must be 0 to \(TrainCommand.maxEpochs)") }
        let setup = try RaceSetup.prepare(settings, variants: variants)
        if !quiet { setup.notes.forEach { StandardError.line("note: \($0)") } }
        // The race itself is `RaceState`, the state the screen's race runs on: one rule.
        // No screen draws the variants' loss histories here: a short one is measured rarely.
        var race = try setup.race(historyCapacity: 4)
        let points = setup.points
        if !quiet {
            StandardError.line("note: racing \(setup.variants.count) variants for \(epochs) epochs each (Ctrl-C stops and reports what is done)")
        }
        var curves = race.entrants.map { _ in LossCurve(epochs: epochs) }
        func record(last: Bool) {
            for (i, entrant) in race.entrants.enumerated() { curves[i].record(entrant.playground.trainer, last: last) }
        }
        record(last: epochs == 0)
        let start = MonotonicClock.now()
        var interrupted = false
        race.run(epochs: epochs) { race in
            for (i, entrant) in race.entrants.enumerated() { curves[i].record(entrant.playground.trainer, last: false) }
            interrupted = Interruption.wasRequested
            return !interrupted
        }
        record(last: true)
        let seconds = MonotonicClock.seconds(since: start)
        let summaries = race.entrants.map { entrant in
            let playground = entrant.playground
            return (entrant.name, TrainingSummary(trainer: playground.trainer, pointCount: points,
                                                  seconds: seconds, priorEpochs: 0, priorSteps: 0, savedTo: nil,
                                                  earlyStopping: playground.earlyStopping))
        }
        if json {
            let entries = zip(summaries, curves).map { RaceEntry(variant: $0.0.0, report: JSONReport($0.0.1), curve: $0.1) }
            print(JSONLine.encode(Race(epochs: epochs, complete: !interrupted, variants: entries)))
        } else {
            print(RaceTable.render(summaries.map { (label: $0.0, summary: $0.1) }, epochs: epochs))
        }
        if interrupted {
            let reached = race.entrants.map { "\($0.name) \($0.playground.trainer.epochs)" }.joined(separator: ", ")
            StandardError.line("interrupted: the figures above are each variant's after the epochs it finished (\(reached)); "
                               + "run the command again for the whole race (the results are deterministic)")
            throw ExitCode(Interruption.exitStatus)
        }
    }

    /// The JSON object: the epochs asked for and each variant's entry.
    struct Race: Encodable {
        let epochs: Int
        /// False when Ctrl-C stopped the race before every variant finished.
        let complete: Bool
        let variants: [RaceEntry]
    }
}
