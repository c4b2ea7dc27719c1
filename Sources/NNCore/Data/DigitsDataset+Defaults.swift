/// Where a run on the digits starts when nothing else is said: the playground's
/// defaults (circle, 4-2 tanh, 200 epochs) fit a plane of 500 points, not 1,797 images of
/// 64 pixels. These are chosen to beat scikit-learn's `MLPClassifier` (one hidden layer of
/// 50) to at least its test accuracy on the same split: see `scripts/bench_digits.py`.
extension DigitsDataset {
    /// A 60 / 20 / 20 split (the course notes' split: train, validate, test), softmax over
    /// the ten digits with cross-entropy, one hidden layer, Adam.
    package static var defaultConfig: TrainingConfig {
        TrainingConfig(
            dataset: DatasetConfig(kind: nil, csvPath: name, testRatio: 0.2, validationRatio: 0.2),
            hiddenLayers: [32], activation: .relu, output: .softmax, loss: .crossEntropy, initializer: .he,
            optimizer: OptimizerConfig(kind: .adam, learningRate: 0.01), batchSize: 32)
    }

    /// Epochs `nnplay train` runs on the digits when `--epochs` is not given.
    package static let defaultEpochs = 30
}
