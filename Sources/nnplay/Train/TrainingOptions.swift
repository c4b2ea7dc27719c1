import ArgumentParser
import NNCore

/// Every training setting as a command-line flag, shared by `nnplay train` and the
/// interactive commands. Each flag is a thin declaration over an entry of the table
/// of settings (`Settings`): its name, help, value name, default and parsing come
/// from the entry; argument parser only needs the property. A flag the user did not
/// give is nil and leaves the base configuration's value alone: the flags given
/// become a list of changes (`changes`) for `TrainingConfig.applying`, so the same
/// flags can start a fresh run or adjust a loaded model. Ranges are checked by
/// `TrainingConfig.validate`, which names the flag in its message.
///
/// `--data`, `--regression`, `--no-rescale` and `--load` say where points and weights
/// come from rather than being settings, and are declared here alone.
///
/// One flat group on purpose: argument parser re-validates every nested group in debug
/// builds, and titled sub-groups made each debug-build start-up three times slower.
struct TrainingOptions: ParsableArguments {
    // MARK: Data: which points, how many, how they are split

    /// Resolved to a built-in or a shipped CSV file by `DataSource`.
    @Option(name: .customLong(Settings.dataset.key), help: Settings.dataset.argumentHelp)
    var dataset: String?

    @Option(help: ArgumentHelp("Train on a CSV file of x1,x2,label rows instead of a named dataset.", valueName: "file.csv"))
    var data: String?

    @Option(name: .customLong(Settings.noise.key), parsing: .unconditional, help: Settings.noise.argumentHelp,
            transform: Settings.noise.argument)
    var noise: SettingChange?

    @Option(name: .customLong(Settings.testRatio.key), parsing: .unconditional, help: Settings.testRatio.argumentHelp,
            transform: Settings.testRatio.argument)
    var testRatio: SettingChange?

    @Option(name: .customLong(Settings.validationRatio.key), parsing: .unconditional,
            help: Settings.validationRatio.argumentHelp, transform: Settings.validationRatio.argument)
    var validationRatio: SettingChange?

    @Option(name: .customLong(Settings.scale.key), help: Settings.scale.argumentHelp,
            transform: Settings.scale.argument)
    var scale: SettingChange?

    @Option(name: .customLong(Settings.points.key), parsing: .unconditional, help: Settings.points.argumentHelp,
            transform: Settings.points.argument)
    var points: SettingChange?

    @Option(name: .customLong(Settings.classes.key), parsing: .unconditional, help: Settings.classes.argumentHelp,
            transform: Settings.classes.argument)
    var classes: SettingChange?

    @Flag(help: "Read a CSV file's labels as real numbers (regression) even if they look like classes.")
    var regression = false

    @Flag(name: .customLong("no-rescale"),
          help: "Keep a CSV file's raw coordinates (by default, when some point lies outside [-6, 6]², each axis is rescaled to [-5, 5]).")
    var noRescale = false

    // MARK: Network: inputs, hidden layers, activation, output, loss, initial weights

    @Option(name: .customLong(Settings.features.key), help: Settings.features.argumentHelp,
            transform: Settings.features.argument)
    var features: SettingChange?

    @Option(name: .customLong(Settings.hidden.key), help: Settings.hidden.argumentHelp, transform: Settings.hidden.argument)
    var hidden: SettingChange?

    // Named choices keep their enum type, so that `--help` lists every value with its summary.
    @Option(name: .customLong(Settings.activation.key), help: Settings.activation.argumentHelp)
    var activation: Activation?

    @Option(name: .customLong(Settings.output.key), help: Settings.output.argumentHelp)
    var output: OutputHead?

    @Option(name: .customLong(Settings.loss.key), help: Settings.loss.argumentHelp)
    var loss: LossKind?

    @Option(name: .customLong(Settings.initializer.key), help: Settings.initializer.argumentHelp)
    var initializer: Initializer?

    // MARK: Optimizer: update rule, learning rate and its schedule, clipping

    @Option(name: .customLong(Settings.optimizer.key), help: Settings.optimizer.argumentHelp)
    var optimizer: OptimizerKind?

    @Option(name: .customLong(Settings.learningRate.key), parsing: .unconditional,
            help: Settings.learningRate.argumentHelp, transform: Settings.learningRate.argument)
    var learningRate: SettingChange?

    @Option(name: .customLong(Settings.momentum.key), parsing: .unconditional, help: Settings.momentum.argumentHelp,
            transform: Settings.momentum.argument)
    var momentum: SettingChange?

    @Flag(name: .customLong(Settings.nesterov.key), inversion: .prefixedNo, help: Settings.nesterov.argumentHelp)
    var nesterov: Bool?

    @Option(name: .customLong(Settings.beta1.key), parsing: .unconditional, help: Settings.beta1.argumentHelp,
            transform: Settings.beta1.argument)
    var beta1: SettingChange?

    @Option(name: .customLong(Settings.beta2.key), parsing: .unconditional, help: Settings.beta2.argumentHelp,
            transform: Settings.beta2.argument)
    var beta2: SettingChange?

    @Option(name: .customLong(Settings.eps.key), parsing: .unconditional, help: Settings.eps.argumentHelp,
            transform: Settings.eps.argument)
    var eps: SettingChange?

    @Option(name: .customLong(Settings.alpha.key), parsing: .unconditional, help: Settings.alpha.argumentHelp,
            transform: Settings.alpha.argument)
    var alpha: SettingChange?

    @Option(name: .customLong(Settings.weightDecay.key), parsing: .unconditional,
            help: Settings.weightDecay.argumentHelp, transform: Settings.weightDecay.argument)
    var weightDecay: SettingChange?

    @Option(name: .customLong(Settings.population.key), parsing: .unconditional,
            help: Settings.population.argumentHelp, transform: Settings.population.argument)
    var population: SettingChange?

    @Option(name: .customLong(Settings.sigma.key), parsing: .unconditional, help: Settings.sigma.argumentHelp,
            transform: Settings.sigma.argument)
    var sigma: SettingChange?

    @Option(name: .customLong(Settings.mutationRate.key), parsing: .unconditional,
            help: Settings.mutationRate.argumentHelp, transform: Settings.mutationRate.argument)
    var mutationRate: SettingChange?

    @Option(name: .customLong(Settings.schedule.key), help: Settings.schedule.argumentHelp)
    var scheduleKind: LearningRateSchedule.Kind?

    @Option(name: .customLong(Settings.scheduleGamma.key), parsing: .unconditional,
            help: Settings.scheduleGamma.argumentHelp, transform: Settings.scheduleGamma.argument)
    var scheduleGamma: SettingChange?

    @Option(name: .customLong(Settings.scheduleStep.key), parsing: .unconditional,
            help: Settings.scheduleStep.argumentHelp, transform: Settings.scheduleStep.argument)
    var scheduleStep: SettingChange?

    @Option(name: .customLong(Settings.clip.key), parsing: .unconditional, help: Settings.clip.argumentHelp,
            transform: Settings.clip.argument)
    var clipNorm: SettingChange?

    // MARK: Regularization, batches, seed and the starting model

    @Option(name: .customLong(Settings.l1.key), parsing: .unconditional, help: Settings.l1.argumentHelp,
            transform: Settings.l1.argument)
    var l1: SettingChange?

    @Option(name: .customLong(Settings.l2.key), parsing: .unconditional, help: Settings.l2.argumentHelp,
            transform: Settings.l2.argument)
    var l2: SettingChange?

    @Option(name: .customLong(Settings.dropout.key), parsing: .unconditional, help: Settings.dropout.argumentHelp,
            transform: Settings.dropout.argument)
    var dropout: SettingChange?

    @Option(name: .customLong(Settings.batch.key), parsing: .unconditional, help: Settings.batch.argumentHelp,
            transform: Settings.batch.argument)
    var batchSize: SettingChange?

    @Flag(name: .customLong(Settings.shuffle.key), inversion: .prefixedNo, help: Settings.shuffle.argumentHelp)
    var shuffle: Bool?

    @Option(name: .customLong(Settings.seed.key), parsing: .unconditional, help: Settings.seed.argumentHelp,
            transform: Settings.seed.argument)
    var seed: SettingChange?

    // MARK: Early stopping (Keras's EarlyStopping on the validation loss)

    @Option(name: .customLong(Settings.patience.key), parsing: .unconditional, help: Settings.patience.argumentHelp,
            transform: Settings.patience.argument)
    var patience: SettingChange?

    @Option(name: .customLong(Settings.minDelta.key), parsing: .unconditional, help: Settings.minDelta.argumentHelp,
            transform: Settings.minDelta.argument)
    var minDelta: SettingChange?

    @Flag(name: .customLong(Settings.restoreBest.key), inversion: .prefixedNo, help: Settings.restoreBest.argumentHelp)
    var restoreBest: Bool?

    // MARK: Evaluation: how outputs become classes

    @Option(name: .customLong(Settings.threshold.key), parsing: .unconditional, help: Settings.threshold.argumentHelp,
            transform: Settings.threshold.argument)
    var threshold: SettingChange?

    @Option(help: ArgumentHelp("Start from a saved model: its settings are the defaults the other flags change, its weights the starting point.",
                               valueName: "file"))
    var load: String?

    /// The settings the flags give (all but the dataset, which `DataSource` resolves),
    /// as changes for `TrainingConfig.applying`.
    var changes: [SettingChange] {
        let named: [SettingChange?] = [
            activation.map { Settings.activation.change(.name($0.rawValue)) },
            output.map { Settings.output.change(.name($0.rawValue)) },
            loss.map { Settings.loss.change(.name($0.rawValue)) },
            initializer.map { Settings.initializer.change(.name($0.rawValue)) },
            optimizer.map { Settings.optimizer.change(.name($0.rawValue)) },
            scheduleKind.map { Settings.schedule.change(.name($0.rawValue)) },
            nesterov.map { Settings.nesterov.change(.flag($0)) },
            shuffle.map { Settings.shuffle.change(.flag($0)) },
            restoreBest.map { Settings.restoreBest.change(.flag($0)) },
        ]
        let values = [noise, testRatio, validationRatio, scale, points, classes, features, hidden, learningRate, momentum,
                      beta1, beta2, eps, alpha, weightDecay, population, sigma, mutationRate, scheduleGamma, scheduleStep, clipNorm, l1, l2, dropout,
                      batchSize, seed, patience, minDelta, threshold]
        return (values + named).compactMap { $0 }
    }
}
