/// Changes a student makes while a network trains, without starting over: new
/// hyperparameters and new training points. The network, the optimizer's state (within
/// the same kind), the counters, the random streams and the position in the current
/// epoch all carry on, so training continues smoothly and stays deterministic.
extension Trainer {
    /// True when `new` differs from `old` only in settings that a running trainer can
    /// take on (`updateSettings`): optimizer and its parameters, learning-rate schedule,
    /// clipping, regularization (L1, L2, dropout), batch size, shuffling, early
    /// stopping and the decision threshold (neither of which the trainer itself uses).
    package static func onlyLiveSettingsDiffer(_ old: TrainingConfig, _ new: TrainingConfig) -> Bool {
        var expected = old
        expected.optimizer = new.optimizer
        expected.schedule = new.schedule
        expected.clipNorm = new.clipNorm
        expected.regularization = new.regularization
        expected.batchSize = new.batchSize
        expected.shuffle = new.shuffle
        expected.patience = new.patience
        expected.minDelta = new.minDelta
        expected.restoreBestWeights = new.restoreBestWeights
        expected.threshold = new.threshold
        return expected == new
    }

    /// Takes on `new`'s optimizer, schedule, clipping, regularization, batch size and
    /// shuffling while keeping the network. The optimizer keeps its state when only
    /// its parameters change and starts from zero for a different kind (see
    /// `Optimizer.reconfigure`). A new batch size takes effect from the next batch;
    /// the current epoch is finished with it. Throws (and changes nothing) if `new`
    /// is invalid or also changes the data, the network or the seed.
    package mutating func updateSettings(_ new: TrainingConfig) throws(InputError) {
        guard Trainer.onlyLiveSettingsDiffer(config, new) else {
            throw InputError("only the optimizer, schedule, clipping, regularization, batch size, shuffling "
                             + "early stopping and the threshold can change without rebuilding the network")
        }
        try new.validate(for: problem, inputWidth: split.inputWidth)
        let oldBatch = effectiveBatchSize
        config = new
        optimizer.reconfigure(new.optimizer)
        resizeWorkspace(from: oldBatch)
    }

    /// Adds `sample` to the training set, as clicking on the playground's plane does.
    /// It joins the order of the current epoch at its end (so it is visited before the
    /// epoch is over) and every later shuffle. Throws (and changes nothing) for a
    /// coordinate that is not finite, a label that is not one of the classes (or not
    /// finite, for regression), or a dataset already at `TrainingConfig.Limits.maxPoints`.
    package mutating func addTrainingPoint(_ sample: Sample) throws(InputError) {
        guard sample.inputWidth == split.inputWidth else {
            throw InputError("a point needs \(split.inputWidth) inputs (got \(sample.inputWidth))")
        }
        guard sample.x1.isFinite && sample.x2.isFinite else {
            throw InputError("a point needs finite coordinates (got \(sample.x1), \(sample.x2))")
        }
        switch problem {
        case .classification(let k):
            guard sample.label.isFinite, sample.label == sample.label.rounded(), sample.label >= 0,
                  sample.label < Double(k) else {
                throw InputError("a point's label must be a class from 0 to \(k - 1) (got \(sample.label))")
            }
        case .regression:
            guard sample.label.isFinite else { throw InputError("a point's value must be finite (got \(sample.label))") }
        }
        guard split.train.count + split.validation.count + split.test.count < TrainingConfig.Limits.maxPoints else {
            throw InputError("at most \(TrainingConfig.Limits.maxPoints) points")
        }
        let oldBatch = effectiveBatchSize
        split.train.append(sample)
        trainInputs = FeatureMatrix(samples: split.train, features: config.features, inputWidth: split.inputWidth)
        order.append(split.train.count - 1)
        resizeWorkspace(from: oldBatch)
    }

    /// The largest magnitude a weight or bias can be typed in with.
    package static let maxEditedParameter = 1e6

    /// Sets the parameter at `address` to `value`, as a student typing into the
    /// weights view does. Everything else carries on: the optimizer's state stays (as
    /// when a PyTorch user writes into `param.data`), so momentum may pull the value on.
    /// Throws (and changes nothing) for a parameter the network does not have or a
    /// value that is not finite or beyond ±`maxEditedParameter`.
    package mutating func setParameter(_ address: ParameterAddress, to value: Double) throws(InputError) {
        guard let index = address.index(in: network.layout) else {
            let input = address.input.map { ", input \($0 + 1)" } ?? " (bias)"
            throw InputError("the network has no weight at layer \(address.layer + 1), neuron \(address.neuron + 1)\(input)")
        }
        let limit = Trainer.maxEditedParameter
        guard value.isFinite, abs(value) <= limit else {
            throw InputError("a weight must be a number from \(NumberText.significant(-limit, digits: 1)) to \(NumberText.significant(limit, digits: 1)) (got \(value))")
        }
        network.parameters[index] = value
    }

    /// Rebuilds the batch scratch space when the effective batch size has changed.
    private mutating func resizeWorkspace(from oldBatch: Int) {
        if effectiveBatchSize != oldBatch {
            workspace = BatchWorkspace(layout: network.layout, maxBatch: effectiveBatchSize)
        }
    }
}
