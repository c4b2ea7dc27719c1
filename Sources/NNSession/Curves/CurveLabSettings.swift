import NNCore

/// Everything a student sets in the curve lab: the data (target, noise, how many points,
/// seed), the polynomial (degree, λ), the optimizer of gradient descent and of the
/// network, the network's shape. A session file's header carries it.
package struct CurveLabSettings: Codable, Equatable, Sendable {
    package var target: CurveTarget.Kind
    /// The standard deviation of the noise on y.
    package var noise: Double
    /// Points in all (60% train, 20% validation, 20% test).
    package var points: Int
    package var seed: UInt64
    package var degree: Int
    /// λ of ridge (0: plain least squares).
    package var l2: Double
    /// The rule and learning rate of both gradient descent and the network.
    package var optimizer: OptimizerConfig
    /// Units per hidden layer of the network.
    package var hidden: [Int]
    package var activation: Activation

    package init(target: CurveTarget.Kind = .sin, noise: Double? = nil, points: Int = 50, seed: UInt64 = 1,
                degree: Int = 3, l2: Double = 0, optimizer: OptimizerConfig = OptimizerConfig(kind: .sgd, learningRate: 0.1),
                hidden: [Int] = [8], activation: Activation = .tanh) {
        self.target = target
        self.noise = noise ?? CurveTarget(target).defaultNoise
        self.points = points
        self.seed = seed
        self.degree = degree
        self.l2 = l2
        self.optimizer = optimizer
        self.hidden = hidden
        self.activation = activation
    }

    /// The highest degree the lab fits (and the end of the U-curve by degree).
    package static let maxDegree = 15
    package static let pointRange = 10...1_000
    package static let l2Range = 0.0...1e6
    package static let noiseRange = 0.0...100.0
    package static let learningRateRange = 1e-6...10.0
    package static let hiddenRange = 1...64
    /// How many resampled datasets the bias–variance view fits.
    package static let biasVarianceDatasets = 30

    /// What is wrong with these settings, or nil: every value in its range.
    package var problem: String? {
        if !(0...Self.maxDegree).contains(degree) { return "degree must be 0 to \(Self.maxDegree)" }
        if !(l2.isFinite && Self.l2Range.contains(l2)) { return "λ must be 0 to 1e6" }
        if !(noise.isFinite && Self.noiseRange.contains(noise)) { return "noise must be 0 to 100" }
        if !Self.pointRange.contains(points) { return "points must be 10 to 1000" }
        let lr = optimizer.learningRate
        if !(lr.isFinite && Self.learningRateRange.contains(lr)) { return "learning rate must be 1e-6 to 10" }
        if hidden.isEmpty || hidden.count > 3 || !hidden.allSatisfy(Self.hiddenRange.contains) {
            return "the network has 1 to 3 hidden layers of 1 to 64 units"
        }
        return nil
    }
}
