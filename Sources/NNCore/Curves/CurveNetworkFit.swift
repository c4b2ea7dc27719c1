/// The curve lab's third model: a small network 1 → hidden layers → 1 (linear output,
/// mean squared error) trained full batch on the training points by the core's
/// `Network`, `FullBatchGradient` and `Optimizer`, the playground's own parts.
///
/// The input is the scaled t = (x − c)/h ∈ [−1, 1], as for the polynomials, so one
/// learning rate suits every target's interval.
package struct CurveNetworkFit: Sendable, Equatable {
    package private(set) var network: Network
    package private(set) var optimizer: Optimizer
    package let centre: Double
    package let halfWidth: Double
    private let inputs: FeatureMatrix
    /// Updates applied since the start.
    package private(set) var steps = 0

    /// A fresh network with `hidden` units per hidden layer and `activation`, its weights
    /// drawn by Glorot (Xavier) uniform from the initialization stream of `seed`.
    package init(points: [CurveSample.Point], domain: ClosedRange<Double>, hidden: [Int], activation: Activation,
                optimizer config: OptimizerConfig, seed: UInt64) {
        centre = (domain.lowerBound + domain.upperBound) / 2
        halfWidth = (domain.upperBound - domain.lowerBound) / 2
        let layout = NetworkLayout(sizes: [1] + hidden.filter { $0 > 0 } + [1])
        var random = RandomSource(seed: seed, stream: .initialization)
        network = Network(layout: layout, activation: activation, output: .linear, initializer: .xavier,
                          random: &random)
        optimizer = Optimizer(config: config, isWeight: layout.isWeight)
        let (c, h) = (centre, halfWidth)
        inputs = CurveNetworkFit.matrix(points.map { (($0.x - c) / h, $0.y) })
    }

    /// Points (t, y) as the network's input matrix: one feature, the label y.
    private static func matrix(_ points: [(t: Double, y: Double)]) -> FeatureMatrix {
        FeatureMatrix(samples: points.map { Sample(x1: $0.t, x2: 0, label: $0.y) }, features: [.x1])
    }

    /// One full-batch update.
    package mutating func step() {
        guard inputs.count > 0 else { return }
        let g = FullBatchGradient.compute(network: network, inputs: inputs, problem: .regression,
                                          loss: .meanSquaredError, regularization: Regularization())
        optimizer.update(parameters: &network.parameters, gradient: g, learningRate: optimizer.config.learningRate)
        steps += 1
    }

    /// New hyperparameters; the optimizer keeps its state within the same rule.
    package mutating func reconfigure(_ config: OptimizerConfig) {
        optimizer.reconfigure(config)
    }

    /// ŷ at each x.
    package func values(at xs: [Double]) -> [Double] {
        guard !xs.isEmpty else { return [] }
        let (c, h) = (centre, halfWidth)
        let matrix = CurveNetworkFit.matrix(xs.map { (($0 - c) / h, 0) })
        return NetworkOutputs(network: network, inputs: matrix, problem: .regression, loss: nil).values
    }

    /// The mean squared error (1/n)Σ(ŷ − y)² on `points` (NaN for none).
    package func meanSquaredError(_ points: [CurveSample.Point]) -> Double {
        guard !points.isEmpty else { return .nan }
        let predicted = values(at: points.map(\.x))
        var sum = 0.0
        for (p, yHat) in zip(points, predicted) { sum += (yHat - p.y) * (yHat - p.y) }
        return sum / Double(points.count)
    }

    /// Whether every parameter is a finite number.
    package var isFinite: Bool { network.isFinite }
}
