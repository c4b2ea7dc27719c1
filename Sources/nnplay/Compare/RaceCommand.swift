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
        flag of 'nnplay train' but the data's source). Every variant trains on the same \
        points from the same seed, so it starts from the same initial weights wherever \
        the network's shape and initializer agree, and sees the batches in the same \
        order; they advance in lockstep, one epoch each in turn. Each variant ends with \
        the same bits as 'nnplay train' with the base flags and the variant's settings \
        as flags; with --json each variant is the object 'nnplay train --json' prints, \
        plus 'variant' and its loss 'curve'.

        Examples:
          nnplay race --dataset circle --variant 'optimizer=adam,lr=0.01' \\
              --variant 'optimizer=sgd' --epochs 100
          nnplay race --dataset spiral --hidden 8,8 --variant activation=relu \\
              --variant activation=tanh --json

        Exit status: 0 raced (even if a variant diverged), 1 a file could not be read, 64 a bad flag or value.
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
        guard (2...4).contains(variants.count) else { throw InputError("give 2 to 4 --variant flags") }
        guard (0...TrainCommand.maxEpochs).contains(epochs) else { throw InputError("--epochs must be 0 to \(TrainCommand.maxEpochs)") }
        guard settings.load == nil else { throw InputError("--load is not supported by race") }
        let parsed = try variants.map { (text: String) throws(InputError) -> RaceVariant in try RaceVariant(parsing: text) }
        var runs: [(variant: RaceVariant, points: Int, run: HeadlessTraining, curve: LossCurve, seconds: Double)] = []
        for variant in parsed {
            let prepared: PreparedTraining
            do { prepared = try settings.prepare(locator: .current(), extra: variant.changes) } catch {
                throw InputError("variant '\(variant.label)': \(error.message)", path: error.path, line: error.line)
            }
            if !quiet && runs.isEmpty { prepared.notes.forEach { StandardError.line("note: \($0)") } }
            let trainer = try Trainer(config: prepared.config, dataset: prepared.dataset)
            var curve = LossCurve(epochs: epochs)
            curve.record(trainer, last: epochs == 0)
            runs.append((variant, prepared.dataset.samples.count, HeadlessTraining(trainer), curve, 0))
        }
        // Lockstep: every variant one epoch, in turn.
        for epoch in 0..<epochs {
            for i in runs.indices where !runs[i].run.isFinished {
                let start = MonotonicClock.now()
                runs[i].run.epoch()
                runs[i].seconds += MonotonicClock.seconds(since: start)
                runs[i].curve.record(runs[i].run.trainer, last: epoch == epochs - 1 || runs[i].run.isFinished)
            }
        }
        let summaries = runs.map { r in
            (r.variant.label, TrainingSummary(trainer: r.run.trainer, pointCount: r.points, seconds: r.seconds,
                                              priorEpochs: 0, priorSteps: 0, savedTo: nil, earlyStopping: r.run.stopper))
        }
        if json {
            let entries = zip(summaries, runs).map { RaceEntry(variant: $0.0.0, report: JSONReport($0.0.1), curve: $0.1.curve) }
            print(JSONLine.encode(Race(epochs: epochs, variants: entries)))
        } else {
            print(RaceTable.render(summaries.map { (label: $0.0, summary: $0.1) }, epochs: epochs))
        }
    }

    /// The JSON object: the epochs asked for and each variant's entry.
    struct Race: Encodable {
        let epochs: Int
        let variants: [RaceEntry]
    }
}
