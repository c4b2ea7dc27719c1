/// Reading and writing a training configuration. The early-stopping fields and the
/// decision threshold came later than the others: files written before them
/// (committed sessions, saved models) have no such keys and read as "no early
/// stopping" and a threshold of 0.5, and fields at their defaults are not written, so
/// a configuration that uses neither is written byte for byte as before.
extension TrainingConfig {
    enum CodingKeys: String, CodingKey {
        case dataset, features, hiddenLayers, activation, output, loss, initializer, optimizer, schedule
        case clipNorm, regularization, batchSize, shuffle, seed
        case patience, minDelta, restoreBestWeights, threshold
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(dataset: try c.decode(DatasetConfig.self, forKey: .dataset),
                  features: try c.decode([Feature].self, forKey: .features),
                  hiddenLayers: try c.decode([Int].self, forKey: .hiddenLayers),
                  activation: try c.decode(Activation.self, forKey: .activation),
                  output: try c.decode(OutputHead.self, forKey: .output),
                  loss: try c.decode(LossKind.self, forKey: .loss),
                  initializer: try c.decode(Initializer.self, forKey: .initializer),
                  optimizer: try c.decode(OptimizerConfig.self, forKey: .optimizer),
                  schedule: try c.decode(LearningRateSchedule.self, forKey: .schedule),
                  clipNorm: try c.decodeIfPresent(Double.self, forKey: .clipNorm),
                  regularization: try c.decode(Regularization.self, forKey: .regularization),
                  batchSize: try c.decode(Int.self, forKey: .batchSize),
                  shuffle: try c.decode(Bool.self, forKey: .shuffle),
                  seed: try c.decode(UInt64.self, forKey: .seed),
                  patience: try c.decodeIfPresent(Int.self, forKey: .patience),
                  minDelta: try c.decodeIfPresent(Double.self, forKey: .minDelta) ?? 0,
                  restoreBestWeights: try c.decodeIfPresent(Bool.self, forKey: .restoreBestWeights) ?? true,
                  threshold: try c.decodeIfPresent(Double.self, forKey: .threshold) ?? DecisionThreshold.standard)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dataset, forKey: .dataset)
        try c.encode(features, forKey: .features)
        try c.encode(hiddenLayers, forKey: .hiddenLayers)
        try c.encode(activation, forKey: .activation)
        try c.encode(output, forKey: .output)
        try c.encode(loss, forKey: .loss)
        try c.encode(initializer, forKey: .initializer)
        try c.encode(optimizer, forKey: .optimizer)
        try c.encode(schedule, forKey: .schedule)
        try c.encodeIfPresent(clipNorm, forKey: .clipNorm)
        try c.encode(regularization, forKey: .regularization)
        try c.encode(batchSize, forKey: .batchSize)
        try c.encode(shuffle, forKey: .shuffle)
        try c.encode(seed, forKey: .seed)
        try c.encodeIfPresent(patience, forKey: .patience)
        if minDelta != 0 { try c.encode(minDelta, forKey: .minDelta) }
        if !restoreBestWeights { try c.encode(restoreBestWeights, forKey: .restoreBestWeights) }
        if threshold != DecisionThreshold.standard { try c.encode(threshold, forKey: .threshold) }
    }
}
