import ArgumentParser
import Foundation
import NNCore
import NNSession

/// `nnplay train`: trains one network with no interface and reports how it did.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a network headless and report its loss and metrics.",
        discussion: """
        Every setting of the playground is a flag; a flag not given keeps its default \
        (or, with --load, the loaded model's value). Progress goes to stderr, the report \
        to stdout (one JSON object with --json).

        Examples:
          nnplay train --dataset xor --hidden 4 --epochs 300
          nnplay train --dataset spiral --noise 0.1 --features x1,x2,sin1,sin2 \\
              --hidden 8,8 --optimizer adam --lr 0.01 --l2 0.001 --epochs 500 --seed 7
          nnplay train --dataset iris --hidden 8 --epochs 200 --save iris-model.json
          nnplay train --load iris-model.json --epochs 0 --json
          nnplay train --data points.csv --regression --hidden 16,16 --lr 0.01
          nnplay train --dataset digits --hidden 50 --json

        The 8x8 handwritten digits (--dataset digits: 64 pixel inputs, ten classes) start \
        from settings of their own: \(DigitsDataset.defaultsText), \(DigitsDataset.defaultEpochs) epochs.

        Exit status: 0 trained, 1 a file could not be read or written, 3 training \
        diverged (a weight NaN, infinite or beyond 1e15), 64 a bad flag or value.
        """
    )

    /// The largest `--epochs` accepted (a day's training even for the smallest network).
    static let maxEpochs = 10_000_000

    @OptionGroup(title: "Training settings")
    var settings: TrainingOptions

    @Option(parsing: .unconditional,
            help: "Epochs (generations for ga and cma-es) to train, 0 to only evaluate (e.g. a loaded model). (default: 200; \(DigitsDataset.defaultEpochs) for the digits)")
    var epochs: Int?

    @Option(name: .customLong("until-test-accuracy"), parsing: .unconditional,
            help: ArgumentHelp("Stop after the first epoch (a generation for ga and cma-es) that reaches this test accuracy, in (0, 1] (classification only).",
                               valueName: "p"))
    var untilTestAccuracy: Double?

    @Option(help: ArgumentHelp("Save the trained model here when training ends (never a diverged one).",
                               valueName: "file"))
    var save: String?

    @Flag(help: "Print the report as one JSON object.")
    var json = false

    @Flag(name: .shortAndLong, help: "No progress or notes on stderr (errors are still printed).")
    var quiet = false

    func run() throws {
        if let epochs, !(0...Self.maxEpochs).contains(epochs) {
            throw InputError("--epochs must be 0 to \(Self.maxEpochs)")
        }
        if let save { try Self.checkWritable(save) }
        if let p = untilTestAccuracy, !(p > 0 && p <= 1) { throw InputError("--until-test-accuracy must be in (0, 1]") }
        let prepared = try settings.prepare(locator: .current())
        let epochs = self.epochs ?? prepared.defaultEpochs
        if !quiet { prepared.notes.forEach { StandardError.line("note: \($0)") } }

        var trainer = try Trainer(config: prepared.config, dataset: prepared.dataset)
        if let model = prepared.model, let path = settings.load {
            try trainer.load(parameters: model.parameters(for: trainer.network.layout, path: path))
        }
        let (seconds, stopper) = train(&trainer, epochs: epochs)

        let prior = prepared.model?.trained
        var savedTo: String?
        if let save, trainer.divergedAtStep == nil {
            let model = ModelFile(network: trainer.network, config: trainer.config, problem: trainer.problem,
                                  steps: (prior?.steps ?? 0) + trainer.steps, epochs: (prior?.epochs ?? 0) + trainer.epochs)
            try model.write(to: save)
            savedTo = save
        } else if let save, !quiet {
            StandardError.line("not saving \(save): the network diverged")
        }

        let summary = TrainingSummary(trainer: trainer, pointCount: prepared.dataset.samples.count, seconds: seconds,
                                      priorEpochs: prior?.epochs ?? 0, priorSteps: prior?.steps ?? 0, savedTo: savedTo,
                                      earlyStopping: stopper)
        print(json ? JSONReport(summary).text() : TextReport.render(summary))
        if trainer.divergedAtStep != nil { throw ExitCode(ExitStatus.diverged) }
    }

    /// Trains `epochs` epochs (fewer if training diverges or early stopping stops it),
    /// showing progress; returns the seconds spent training, not counting the progress
    /// display, and the early-stopping rule as it ended (nil without `--patience`).
    /// The rule sees every epoch's validation loss and, when it stops, has already put
    /// back the best epoch's weights (with `--restore-best`, the default).
    private func train(_ trainer: inout Trainer, epochs: Int) -> (seconds: Double, stopper: EarlyStopping?) {
        var progress = TrainingProgress(totalEpochs: epochs, quiet: quiet)
        let started = MonotonicClock.now()
        var training = 0.0
        var stopper = trainer.config.earlyStopping
        var stopped = false
        for _ in 0..<epochs where trainer.divergedAtStep == nil && !stopped {
            let start = MonotonicClock.now()
            trainer.trainEpoch()
            if var rule = stopper, trainer.divergedAtStep == nil {
                stopped = trainer.endEpochForEarlyStopping(&rule)
                stopper = rule
            }
            training += MonotonicClock.seconds(since: start)
            // Measured outside the training time: a forward pass over the test points.
            if let goal = untilTestAccuracy, let accuracy = trainer.evaluate().test?.accuracy, accuracy >= goal {
                stopped = true
            }
            progress.epochFinished(trainer, trainingSeconds: training, wallSeconds: MonotonicClock.seconds(since: started))
        }
        progress.finish()
        if stopped, !quiet, let rule = stopper, let best = rule.bestEpoch, rule.stoppedEpoch != nil {
            let restored = trainer.config.restoreBestWeights ? ", restored its weights" : ""
            let name = trainer.config.optimizer.kind.epochName.singular
            StandardError.line("note: early stopping at \(name) \(trainer.epochs): the validation loss was lowest at \(name) \(best)\(restored)")
        }
        return (training, stopper)
    }

    /// Fails before any training when the model could not be saved: the folder must exist.
    static func checkWritable(_ path: String) throws(InputError) {
        var isDirectory: ObjCBool = false
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError("is a directory, not a file", path: path)
        }
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError("cannot save here: the folder does not exist", path: path)
        }
    }
}
