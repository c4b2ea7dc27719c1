import NNCore

/// The peer benchmark's workloads (../shared/bench/README.md): the same networks,
/// data and settings as the C, numpy, scikit-learn and PyTorch implementations.
package struct BenchmarkWorkload: Sendable, Equatable {
    package let name: String
    /// CSV file name in the data folder (`circle.csv`, ...).
    package let dataFile: String
    package let hidden: Int
    package let activation: Activation
    package let batch: Int
    package let optimizer: OptimizerConfig
    package let epochs: Int

    /// W1 circle, W2 xor (2-8-8-1 tanh, SGD 0.03, batch 10, 200 epochs) and W3 spiral
    /// (2-32-32-1 ReLU, Adam 0.01, batch 32, 300 epochs). W4 evaluates W1's network on the grid.
    package static let all: [BenchmarkWorkload] = [
        BenchmarkWorkload(name: "W1", dataFile: "circle.csv", hidden: 8, activation: .tanh, batch: 10,
                          optimizer: OptimizerConfig(kind: .sgd, learningRate: 0.03), epochs: 200),
        BenchmarkWorkload(name: "W2", dataFile: "xor.csv", hidden: 8, activation: .tanh, batch: 10,
                          optimizer: OptimizerConfig(kind: .sgd, learningRate: 0.03), epochs: 200),
        BenchmarkWorkload(name: "W3", dataFile: "spiral.csv", hidden: 32, activation: .relu, batch: 32,
                          optimizer: OptimizerConfig(kind: .adam, learningRate: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8),
                          epochs: 300),
    ]

    /// The training configuration: 2 → hidden → hidden → 1 sigmoid, mean BCE, Glorot-uniform
    /// weights, zero biases, reshuffled every epoch, no test split.
    package func config(seed: UInt64) -> TrainingConfig {
        TrainingConfig(dataset: DatasetConfig(kind: nil, csvPath: dataFile, testRatio: 0),
                       features: [.x1, .x2], hiddenLayers: [hidden, hidden], activation: activation,
                       output: .sigmoid, loss: .binaryCrossEntropy, initializer: .xavier,
                       optimizer: optimizer, batchSize: batch, shuffle: true, seed: seed)
    }
}
