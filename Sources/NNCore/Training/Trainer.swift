/// Trains one network on one dataset, one mini-batch update ("step") at a time.
///
/// Each epoch visits every training point once: the order is reshuffled at the
/// start of the epoch (unless shuffling is off), then consecutive batches of
/// `batchSize` points (the last one possibly smaller) each make one update with
/// the batch-mean gradient. Everything random comes from the seed's streams, so
/// the same config and data always give bit-identical parameters.
package struct Trainer: Sendable {
    package internal(set) var config: TrainingConfig
    package let problem: Problem
    package internal(set) var split: DataSplit
    package internal(set) var network: Network
    package internal(set) var optimizer: Optimizer
    /// Updates applied so far.
    package private(set) var steps = 0
    /// Epochs completed so far.
    package private(set) var epochs = 0
    /// The step whose update produced a NaN or infinity, if training has diverged.
    package private(set) var divergedAtStep: Int?
    /// Global gradient norm of the last update (before clipping).
    package private(set) var lastGradientNorm = 0.0

    /// The training, validation and test points as network inputs (features computed
    /// once, and again for the training set when a point is added: see
    /// `Trainer+LiveEditing.swift`). The validation set is empty unless the
    /// configuration has a validation ratio.
    package internal(set) var trainInputs: FeatureMatrix
    package let validationInputs: FeatureMatrix
    package let testInputs: FeatureMatrix
    var order: [Int]
    private var cursor = 0
    private var shuffleRandom: RandomSource
    private var dropoutRandom: RandomSource
    var workspace: BatchWorkspace
    private var gradient: [Double]
    private let isWeight: [Bool]

    /// Splits `dataset` into train, validation and test sets (from the seed's split stream),
    /// rescales them as `config.dataset.scale` says (fitted on the training points), builds
    /// the network and draws its initial weights (initialization stream).
    package init(config: TrainingConfig, dataset: Dataset) throws(InputError) {
        try config.validate(for: dataset.problem, inputWidth: dataset.inputWidth)
        var splitRandom = RandomSource(seed: config.seed &+ UInt64(config.dataset.generation), stream: .split)
        let drawn = DataSplit.split(dataset.samples, testRatio: config.dataset.testRatio,
                                    validationRatio: config.dataset.validationRatio, random: &splitRandom)
        let split = config.dataset.scale.apply(to: drawn)
        guard !split.train.isEmpty else {
            throw InputError("no training points: \(dataset.samples.count) points with \(Settings.testRatio.flag) \(config.dataset.testRatio)")
        }
        try self.init(config: config, problem: dataset.problem, split: split)
    }

    /// A trainer on an existing split (used when the data are already divided).
    package init(config: TrainingConfig, problem: Problem, split: DataSplit) throws(InputError) {
        let width = split.inputWidth
        try config.validate(for: problem, inputWidth: width)
        self.config = config
        self.problem = problem
        self.split = split
        trainInputs = FeatureMatrix(samples: split.train, features: config.features, inputWidth: width)
        validationInputs = FeatureMatrix(samples: split.validation, features: config.features, inputWidth: width)
        testInputs = FeatureMatrix(samples: split.test, features: config.features, inputWidth: width)
        let layout = NetworkLayout(sizes: config.layerSizes(for: problem, inputWidth: width))
        var initRandom = RandomSource(seed: config.seed, stream: .initialization)
        network = Network(layout: layout, activation: config.activation, output: config.output,
                          initializer: config.initializer, random: &initRandom)
        isWeight = layout.isWeight
        optimizer = Optimizer(config: config.optimizer, isWeight: isWeight)
        order = Array(0..<split.train.count)
        shuffleRandom = RandomSource(seed: config.seed, stream: .shuffling)
        dropoutRandom = RandomSource(seed: config.seed, stream: .dropout)
        workspace = BatchWorkspace(layout: layout, maxBatch: min(config.batchSize, split.train.count))
        gradient = [Double](repeating: 0, count: layout.parameterCount)
    }

    /// Replaces the parameters (e.g. from a model file); the shape must match.
    package mutating func load(parameters: [Double]) throws(InputError) {
        guard parameters.count == network.parameters.count else {
            throw InputError("the model has \(parameters.count) parameters but this network needs \(network.parameters.count)")
        }
        network.parameters = parameters
        divergedAtStep = parametersFinite() && parametersWithinLimit() ? nil : steps
    }

    /// The number of points in one batch (the whole training set at most).
    package var effectiveBatchSize: Int { min(config.batchSize, trainInputs.count) }

    /// Batches per epoch: ⌈training points / batch size⌉.
    package var stepsPerEpoch: Int { (trainInputs.count + effectiveBatchSize - 1) / effectiveBatchSize }

    /// The learning rate in force for the current epoch.
    package var currentLearningRate: Double {
        config.schedule.rate(base: config.optimizer.learningRate, epoch: epochs)
    }

    /// One update on the next batch. Returns false (and does nothing) once diverged.
    @discardableResult
    package mutating func step() -> Bool {
        if divergedAtStep != nil { return false }
        let n = trainInputs.count
        if cursor == 0 && config.shuffle { shuffleRandom.shuffle(&order) }
        let valid = min(effectiveBatchSize, n - cursor)
        let start = cursor
        let dropout = config.regularization.dropout
        let info = NetworkShapeInfo(activation: network.activation, output: network.output)
        order.withUnsafeBufferPointer { ord in
            trainInputs.values.withUnsafeBufferPointer { x in
                trainInputs.labels.withUnsafeBufferPointer { y in
                    workspace.load(features: x.baseAddress!, labels: y.baseAddress!, stride: n, valid: valid) {
                        ord[start + $0]
                    }
                }
            }
        }
        let problem = self.problem, loss = config.loss, rate = currentLearningRate
        let layout = network.layout, regularization = config.regularization, clipNorm = config.clipNorm
        network.parameters.withUnsafeMutableBufferPointer { params in
            gradient.withUnsafeMutableBufferPointer { grad in
                let p = UnsafePointer(params.baseAddress!), g = grad.baseAddress!
                workspace.forward(info, parameters: p, dropout: dropout, random: &dropoutRandom, valid: valid)
                workspace.backward(info, problem: problem, loss: loss, parameters: p, gradient: g,
                                   dropout: dropout, valid: valid)
                Trainer.addPenaltyGradient(regularization, layout: layout, parameters: p, gradient: g)
                lastGradientNorm = Trainer.clip(grad, maxNorm: clipNorm)
                optimizer.update(parameters: params, gradient: UnsafeBufferPointer(grad), learningRate: rate)
            }
        }
        steps += 1
        cursor += valid
        if cursor >= n {
            cursor = 0
            epochs += 1
        }
        if !parametersFinite() || (cursor == 0 && !parametersWithinLimit()) { divergedAtStep = steps }
        return true
    }

    /// Runs steps until the current epoch is complete (a whole epoch from a boundary).
    package mutating func trainEpoch() {
        let target = epochs + 1
        while epochs < target && step() {}
    }

    /// Trains `epochs` more epochs (stopping early if training diverges).
    package mutating func train(epochs: Int) {
        for _ in 0..<epochs where divergedAtStep == nil { trainEpoch() }
    }

    /// λ₁·sign(w) + λ₂·w added to each weight's gradient (biases are not penalised).
    static func addPenaltyGradient(_ regularization: Regularization, layout: NetworkLayout,
                                           parameters p: UnsafePointer<Double>, gradient g: UnsafeMutablePointer<Double>) {
        let l1 = regularization.l1, l2 = regularization.l2
        guard l1 > 0 || l2 > 0 else { return }
        for l in 0..<layout.layerCount {
            for k in layout.weightOffsets[l]..<layout.biasOffsets[l] {
                let w = p[k]
                let sign: Double = w > 0 ? 1 : (w < 0 ? -1 : 0)
                g[k] += l1 * sign + l2 * w
            }
        }
    }

    /// Clips to `clipNorm` if set; returns the norm before clipping.
    private static func clip(_ grad: UnsafeMutableBufferPointer<Double>, maxNorm: Double?) -> Double {
        GradientClipping.clipByGlobalNorm(grad, maxNorm: maxNorm ?? .infinity)
    }

    /// The largest magnitude a parameter may reach, checked at the end of every epoch,
    /// before training counts as diverged even while every number is still finite: by then the outputs, and with them the
    /// loss (1e92 was seen in a lesson), are astronomically large, and the next steps
    /// only make them larger until they overflow. No network that learns anything in
    /// the playground comes near it.
    package static let divergenceLimit = 1e15

    /// Whether every parameter and the last gradient are finite (checked every step).
    private func parametersFinite() -> Bool {
        var sum = 0.0
        for v in network.parameters { sum += v * 0 }
        return sum == 0 && lastGradientNorm.isFinite
    }

    /// Whether every parameter lies within ±`divergenceLimit` (checked at the end of
    /// each epoch, where a scan of the weights costs a fraction of the epoch).
    @inline(never)
    private func parametersWithinLimit() -> Bool {
        var largest = 0.0
        for v in network.parameters where v.magnitude > largest { largest = v.magnitude }
        return largest <= Trainer.divergenceLimit
    }
}
