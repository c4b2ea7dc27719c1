import ArgumentParser
import NNCore

/// Every training setting as a command-line flag, shared by `nnplay train` and the
/// interactive commands. All values are optional: a flag the user did not give
/// leaves the base configuration's value alone (see `TrainingOptions+Apply`), so the
/// same flags can start a fresh run or adjust a loaded model. Ranges are not checked
/// here but by `TrainingConfig.validate`, which names the flag in its message.
///
/// One flat group on purpose: argument parser re-validates every nested group in debug
/// builds, and titled sub-groups made each debug-build start-up three times slower.
struct TrainingOptions: ParsableArguments {
    // MARK: Data: which points, how many, how they are split

    @Option(help: ArgumentHelp("A built-in dataset, or the name of a CSV file in the shipped datasets folder (see 'nnplay datasets') \(TrainingDefaults.note { $0.dataset.displayName }).",
                               valueName: "name"))
    var dataset: String?

    @Option(help: ArgumentHelp("Train on a CSV file of x1,x2,label rows instead of a named dataset.", valueName: "file.csv"))
    var data: String?

    @Option(parsing: .unconditional, help: "Noise of a built-in dataset, 0 to 0.5 \(TrainingDefaults.note { $0.dataset.noise }).")
    var noise: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Fraction of the points held out for testing, 0 to below 1 (default 0.5; 0 for the gate-* datasets).",
        valueName: "ratio"))
    var testRatio: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Number of points of a built-in dataset, 1 to \(TrainingConfig.Limits.maxPoints) (default 500, 1200 for regression, 4 for gates).",
        valueName: "n"))
    var points: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("Classes of the blobs dataset, 3 to 6 \(TrainingDefaults.note { "\($0.dataset.classes)" }).", valueName: "k"))
    var classes: Int?

    @Flag(help: "Read a CSV file's labels as real numbers (regression) even if they look like classes.")
    var regression = false

    @Flag(name: .customLong("no-rescale"),
          help: "Keep a CSV file's raw coordinates (by default, when some point lies outside [-6, 6]², each axis is rescaled to [-5, 5]).")
    var noRescale = false

    // MARK: Network: inputs, hidden layers, activation, output, loss, initial weights

    @Option(help: ArgumentHelp("Input features, comma-separated: x1, x2, x1sq, x2sq, x1x2, sin1, sin2 \(TrainingDefaults.note { $0.features.map(\.rawValue).joined(separator: ",") }).",
                               valueName: "list"),
            transform: ArgumentValues.features)
    var features: [Feature]?

    @Option(help: ArgumentHelp("Neurons per hidden layer, comma-separated, or 'none'; at most \(TrainingConfig.Limits.maxHiddenLayers) layers of 1 to \(TrainingConfig.Limits.maxNeurons) \(TrainingDefaults.note { $0.hiddenLayers.map(String.init).joined(separator: ",") }).",
                               valueName: "sizes"),
            transform: ArgumentValues.hiddenLayers)
    var hidden: [Int]?

    @Option(help: "Activation of the hidden layers \(TrainingDefaults.note { $0.activation.rawValue }).")
    var activation: Activation?

    @Option(help: "Output layer (default: sigmoid for two classes, softmax for more, linear for regression).")
    var output: OutputHead?

    @Option(help: "Loss (default: the one that goes with the output).")
    var loss: LossKind?

    @Option(name: .customLong("init"), help: "How the weights are drawn \(TrainingDefaults.note { $0.initializer.rawValue }).")
    var initializer: Initializer?

    // MARK: Optimizer: update rule, learning rate and its schedule, clipping

    @Option(help: "Update rule \(TrainingDefaults.note { $0.optimizer.kind.rawValue }).")
    var optimizer: OptimizerKind?

    @Option(name: .customLong("lr"), parsing: .unconditional,
            help: ArgumentHelp("Learning rate, above 0 \(TrainingDefaults.note { $0.optimizer.learningRate }).", valueName: "rate"))
    var learningRate: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Momentum of sgd, momentum and nesterov, in [0, 1) (default 0.9 for momentum and nesterov, otherwise 0).",
        valueName: "mu"))
    var momentum: Double?

    @Flag(inversion: .prefixedNo, help: "Use Nesterov's look-ahead with momentum (needs --momentum above 0).")
    var nesterov: Bool?

    @Option(parsing: .unconditional, help: ArgumentHelp("Adam's first-moment decay, in [0, 1) \(TrainingDefaults.note { $0.optimizer.beta1 }).", valueName: "b1"))
    var beta1: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Adam's second-moment decay, in [0, 1) \(TrainingDefaults.note { $0.optimizer.beta2 }).", valueName: "b2"))
    var beta2: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Term added to the denominator of adagrad, rmsprop and adam (default 1e-10 for adagrad, otherwise 1e-8).",
        valueName: "eps"))
    var eps: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("RMSProp's smoothing constant, in [0, 1) \(TrainingDefaults.note { $0.optimizer.alpha }).", valueName: "alpha"))
    var alpha: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("AdamW's decoupled weight decay, at least 0 \(TrainingDefaults.note { $0.optimizer.weightDecay }).", valueName: "rate"))
    var weightDecay: Double?

    @Option(name: .customLong("lr-schedule"), help: "How the learning rate changes from epoch to epoch \(TrainingDefaults.note { $0.schedule.kind.rawValue }).")
    var scheduleKind: LearningRateSchedule.Kind?

    @Option(name: .customLong("lr-gamma"), parsing: .unconditional,
            help: ArgumentHelp("Factor of the step and exponential schedules, in (0, 1] \(TrainingDefaults.note { $0.schedule.gamma }).", valueName: "gamma"))
    var scheduleGamma: Double?

    @Option(name: .customLong("lr-step"), parsing: .unconditional,
            help: ArgumentHelp("Epochs between the step schedule's decays, at least 1 \(TrainingDefaults.note { "\($0.schedule.stepEpochs)" }).", valueName: "epochs"))
    var scheduleStep: Int?

    @Option(name: .customLong("clip"), parsing: .unconditional,
            help: ArgumentHelp("Clip the gradient to this global L2 norm before each update (default: no clipping).",
                               valueName: "norm"))
    var clipNorm: Double?

    // MARK: Regularization, batches, seed and the starting model

    @Option(parsing: .unconditional, help: ArgumentHelp("L1 penalty λ₁·Σ|w| on the weights, at least 0 (default 0).", valueName: "lambda"))
    var l1: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("L2 penalty (λ₂/2)·Σw² on the weights, at least 0 (default 0).", valueName: "lambda"))
    var l2: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "Probability of dropping each hidden neuron while training, in [0, 1) (default 0).", valueName: "p"))
    var dropout: Double?

    @Option(name: .customLong("batch"), parsing: .unconditional,
            help: ArgumentHelp("Points per update, or 'full' for the whole training set \(TrainingDefaults.note { "\($0.batchSize)" }).", valueName: "n|full"),
            transform: ArgumentValues.batchSize)
    var batchSize: Int?

    @Flag(inversion: .prefixedNo, help: "Reshuffle the training points every epoch (default on).")
    var shuffle: Bool?

    @Option(parsing: .unconditional,
            help: "Seed of every random choice: data, split, weights, shuffling, dropout \(TrainingDefaults.note { "\($0.seed)" }).")
    var seed: UInt64?

    @Option(help: ArgumentHelp("Start from a saved model: its settings are the defaults the other flags change, its weights the starting point.",
                               valueName: "file"))
    var load: String?
}
