/// Everything that defines a training run: data, network, loss, optimizer,
/// regularization, batching and seed. With the same config (and the same CSV
/// points, if any) the core produces bit-identical parameters.
package struct TrainingConfig: Codable, Equatable, Sendable {
    package var dataset: DatasetConfig
    package var features: [Feature]
    /// Neurons per hidden layer, input side first; empty for no hidden layer.
    package var hiddenLayers: [Int]
    package var activation: Activation
    package var output: OutputHead
    package var loss: LossKind
    package var initializer: Initializer
    package var optimizer: OptimizerConfig
    package var schedule: LearningRateSchedule
    /// Clip the gradient to this global L2 norm before each update; nil for no clipping.
    package var clipNorm: Double?
    package var regularization: Regularization
    /// Samples per update; anything at or above the training-set size means full batch.
    package var batchSize: Int
    /// Reshuffle the training set at the start of every epoch.
    package var shuffle: Bool
    package var seed: UInt64
    /// Early stopping (see `EarlyStopping`): stop once the validation loss has not
    /// improved for this many epochs; nil (the default) for no early stopping.
    package var patience: Int?
    /// The least decrease of the validation loss that counts as an improvement.
    package var minDelta: Double
    /// When early stopping stops, put back the weights of the best epoch (Keras's
    /// `restore_best_weights`).
    package var restoreBestWeights: Bool
    /// Two classes: a point whose score P(class 1) is at least this is called class 1
    /// (`DecisionThreshold`), for every figure (accuracy, the confusion matrix, the ROC
    /// point, the discretized heatmap, lesson goals). It changes what is reported, never
    /// what training computes. Ignored for more classes and for regression.
    package var threshold: Double

    /// TensorFlow Playground's starting point (circle, x1 and x2, 4-2 tanh, lr 0.03,
    /// batch 10), with a sigmoid output and cross-entropy.
    package init(dataset: DatasetConfig = DatasetConfig(), features: [Feature] = [.x1, .x2],
                hiddenLayers: [Int] = [4, 2], activation: Activation = .tanh, output: OutputHead = .sigmoid,
                loss: LossKind = .binaryCrossEntropy, initializer: Initializer = .xavier,
                optimizer: OptimizerConfig = OptimizerConfig(), schedule: LearningRateSchedule = LearningRateSchedule(),
                clipNorm: Double? = nil, regularization: Regularization = Regularization(), batchSize: Int = 10,
                shuffle: Bool = true, seed: UInt64 = 1, patience: Int? = nil, minDelta: Double = 0,
                restoreBestWeights: Bool = true, threshold: Double = DecisionThreshold.standard) {
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
        self.patience = patience
        self.minDelta = minDelta
        self.restoreBestWeights = restoreBestWeights
        self.threshold = threshold
    }

    /// A fresh early-stopping rule for this configuration, nil when it has none.
    package var earlyStopping: EarlyStopping? {
        patience.map { EarlyStopping(patience: $0, minDelta: minDelta) }
    }

    /// Limits that keep every configuration (also one from someone else's file) small
    /// enough to train interactively.
    package enum Limits {
        package static let maxHiddenLayers = 6
        package static let maxNeurons = 64
        package static let maxPoints = 100_000
        package static let maxClasses = 16
    }

    /// The layer sizes [inputs, hidden…, outputs] for data of kind `problem` whose
    /// samples have `inputWidth` inputs.
    package func layerSizes(for problem: Problem, inputWidth: Int = 2) -> [Int] {
        [inputCount(inputWidth: inputWidth)] + hiddenLayers + [output.outputCount(for: problem)]
    }

    /// The network's inputs: the chosen features of a point of the plane (`inputWidth`
    /// 2), or every input of wider samples (the digits' 64 pixels), read as they are.
    package func inputCount(inputWidth: Int) -> Int {
        inputWidth == 2 ? features.count : inputWidth
    }

    /// Checks every value's range (each setting's `range` in the table of settings)
    /// and that head, loss and problem fit together; the error names the setting as
    /// the command line spells it (its key, which is also the lesson key).
    package func validate(for problem: Problem, inputWidth: Int = 2) throws(InputError) {
        func check(_ ok: Bool, _ message: @autoclosure () -> String) throws(InputError) {
            if !ok { throw InputError(message()) }
        }
        try check(!features.isEmpty, "\(Settings.features.flag): at least one input feature is needed")
        try check(Set(features).count == features.count, "\(Settings.features.flag): a feature is listed twice")
        try check(inputWidth == 2 || features == TrainingConfig().features,
                  "\(Settings.features.flag): \(features.map(\.label).joined(separator: ", ")) are features of a point "
                  + "(x1, x2) of the plane; this data has \(inputWidth) inputs, which the network reads as they are")
        try check(hiddenLayers.count <= Limits.maxHiddenLayers,
                  "\(Settings.hidden.flag): at most \(Limits.maxHiddenLayers) hidden layers (got \(hiddenLayers.count))")
        for n in hiddenLayers {
            try check((1...Limits.maxNeurons).contains(n),
                      "\(Settings.hidden.flag): each layer has 1 to \(Limits.maxNeurons) neurons (got \(n))")
        }
        for setting in Settings.all {
            if let problem = setting.rangeProblem(in: self) { throw InputError(problem) }
        }
        try check(dataset.testRatio + dataset.validationRatio < 1,
                  "\(Settings.validationRatio.flag) and \(Settings.testRatio.flag) together must stay below 1")
        try check(patience == nil || dataset.validationRatio > 0,
                  "\(Settings.patience.flag) needs \(Settings.validationRatio.flag) above 0: early stopping watches the validation loss")
        try check(!optimizer.nesterov || optimizer.momentum > 0,
                  "\(Settings.nesterov.flag) needs \(Settings.momentum.flag) above 0")
        if let why = loss.incompatibility(with: output) { throw InputError(why) }
        switch (problem, output) {
        case (.regression, .softmax), (.regression, .sigmoid):
            throw InputError("\(Settings.output.flag) \(output.rawValue) is for classification; this dataset is regression (use linear or tanh)")
        case (.classification(let k), .sigmoid) where k != 2, (.classification(let k), .tanh) where k != 2:
            throw InputError("\(Settings.output.flag) \(output.rawValue) is for two classes; this dataset has \(k) (use softmax)")
        default: break
        }
        if case .classification(let k) = problem {
            try check((2...Limits.maxClasses).contains(k), "at most \(Limits.maxClasses) classes are supported (got \(k))")
        }
    }
}
