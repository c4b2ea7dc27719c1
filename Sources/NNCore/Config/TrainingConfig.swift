/// Everything that defines a training run: data, network, loss, optimizer,
/// regularization, batching and seed. With the same config (and the same CSV
/// points, if any) the core produces bit-identical parameters.
public struct TrainingConfig: Codable, Equatable, Sendable {
    public var dataset: DatasetConfig
    public var features: [Feature]
    /// Neurons per hidden layer, input side first; empty for no hidden layer.
    public var hiddenLayers: [Int]
    public var activation: Activation
    public var output: OutputHead
    public var loss: LossKind
    public var initializer: Initializer
    public var optimizer: OptimizerConfig
    public var schedule: LearningRateSchedule
    /// Clip the gradient to this global L2 norm before each update; nil for no clipping.
    public var clipNorm: Double?
    public var regularization: Regularization
    /// Samples per update; anything at or above the training-set size means full batch.
    public var batchSize: Int
    /// Reshuffle the training set at the start of every epoch.
    public var shuffle: Bool
    public var seed: UInt64

    /// TensorFlow Playground's starting point (circle, x1 and x2, 4-2 tanh, lr 0.03,
    /// batch 10), with a sigmoid output and cross-entropy.
    public init(dataset: DatasetConfig = DatasetConfig(), features: [Feature] = [.x1, .x2],
                hiddenLayers: [Int] = [4, 2], activation: Activation = .tanh, output: OutputHead = .sigmoid,
                loss: LossKind = .binaryCrossEntropy, initializer: Initializer = .xavier,
                optimizer: OptimizerConfig = OptimizerConfig(), schedule: LearningRateSchedule = LearningRateSchedule(),
                clipNorm: Double? = nil, regularization: Regularization = Regularization(), batchSize: Int = 10,
                shuffle: Bool = true, seed: UInt64 = 1) {
        self.dataset = dataset
        self.features = features
        self.hiddenLayers = hiddenLayers
        self.activation = activation
        self.output = output
        self.loss = loss
        self.initializer = initializer
        self.optimizer = optimizer
        self.schedule = schedule
        self.clipNorm = clipNorm
        self.regularization = regularization
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.seed = seed
    }

    /// Limits that keep every configuration (also one from someone else's file) small
    /// enough to train interactively.
    public enum Limits {
        public static let maxHiddenLayers = 6
        public static let maxNeurons = 64
        public static let maxPoints = 100_000
        public static let maxClasses = 16
    }

    /// The layer sizes [inputs, hidden…, outputs] for data of kind `problem`.
    public func layerSizes(for problem: Problem) -> [Int] {
        [features.count] + hiddenLayers + [output.outputCount(for: problem)]
    }

    /// Checks every value's range and that head, loss and problem fit together;
    /// the error names the setting as the command line spells it (its key in the
    /// table of settings, which is also the lesson key).
    public func validate(for problem: Problem) throws(InputError) {
        func check(_ ok: Bool, _ message: @autoclosure () -> String) throws(InputError) {
            if !ok { throw InputError(message()) }
        }
        func finite(_ x: Double) -> Bool { x.isFinite }
        func flag(_ setting: Setting) -> String { "--" + setting.key }
        try check(!features.isEmpty, "\(flag(Settings.features)): at least one input feature is needed")
        try check(Set(features).count == features.count, "\(flag(Settings.features)): a feature is listed twice")
        try check(hiddenLayers.count <= Limits.maxHiddenLayers,
                  "\(flag(Settings.hidden)): at most \(Limits.maxHiddenLayers) hidden layers (got \(hiddenLayers.count))")
        for n in hiddenLayers {
            try check((1...Limits.maxNeurons).contains(n),
                      "\(flag(Settings.hidden)): each layer has 1 to \(Limits.maxNeurons) neurons (got \(n))")
        }
        try check(finite(dataset.noise) && (0...0.5).contains(dataset.noise), "\(flag(Settings.noise)) must be between 0 and 0.5")
        try check(finite(dataset.testRatio) && dataset.testRatio >= 0 && dataset.testRatio < 1,
                  "\(flag(Settings.testRatio)) must be at least 0 and below 1")
        if let count = dataset.count {
            try check((1...Limits.maxPoints).contains(count), "\(flag(Settings.points)) must be 1 to \(Limits.maxPoints)")
        }
        try check((3...6).contains(dataset.classes), "\(flag(Settings.classes)) must be 3 to 6")
        try check(batchSize >= 1, "\(flag(Settings.batch)) must be at least 1")
        let o = optimizer
        try check(finite(o.learningRate) && o.learningRate > 0, "\(flag(Settings.learningRate)) must be a positive number")
        try check(finite(o.momentum) && o.momentum >= 0 && o.momentum < 1, "\(flag(Settings.momentum)) must be in [0, 1)")
        try check(!o.nesterov || o.momentum > 0, "\(flag(Settings.nesterov)) needs \(flag(Settings.momentum)) above 0")
        try check(finite(o.alpha) && o.alpha >= 0 && o.alpha < 1, "\(flag(Settings.alpha)) must be in [0, 1)")
        try check(finite(o.beta1) && o.beta1 >= 0 && o.beta1 < 1, "\(flag(Settings.beta1)) must be in [0, 1)")
        try check(finite(o.beta2) && o.beta2 >= 0 && o.beta2 < 1, "\(flag(Settings.beta2)) must be in [0, 1)")
        try check(finite(o.effectiveEps) && o.effectiveEps > 0, "\(flag(Settings.eps)) must be a positive number")
        try check(finite(o.weightDecay) && o.weightDecay >= 0, "\(flag(Settings.weightDecay)) must be at least 0")
        try check(finite(schedule.gamma) && schedule.gamma > 0 && schedule.gamma <= 1,
                  "\(flag(Settings.scheduleGamma)) must be in (0, 1]")
        try check(schedule.stepEpochs >= 1, "\(flag(Settings.scheduleStep)) must be at least 1 epoch")
        if let clip = clipNorm { try check(finite(clip) && clip > 0, "\(flag(Settings.clip)) must be a positive number") }
        let r = regularization
        try check(finite(r.l1) && r.l1 >= 0, "\(flag(Settings.l1)) must be at least 0")
        try check(finite(r.l2) && r.l2 >= 0, "\(flag(Settings.l2)) must be at least 0")
        try check(finite(r.dropout) && r.dropout >= 0 && r.dropout < 1, "\(flag(Settings.dropout)) must be in [0, 1)")
        if let why = loss.incompatibility(with: output) { throw InputError(why) }
        switch (problem, output) {
        case (.regression, .softmax), (.regression, .sigmoid):
            throw InputError("\(flag(Settings.output)) \(output.rawValue) is for classification; this dataset is regression (use linear or tanh)")
        case (.classification(let k), .sigmoid) where k != 2, (.classification(let k), .tanh) where k != 2:
            throw InputError("\(flag(Settings.output)) \(output.rawValue) is for two classes; this dataset has \(k) (use softmax)")
        default: break
        }
        if case .classification(let k) = problem {
            try check((2...Limits.maxClasses).contains(k), "at most \(Limits.maxClasses) classes are supported (got \(k))")
        }
    }
}
