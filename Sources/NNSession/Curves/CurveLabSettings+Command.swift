import NNCore

extension CurveLabSettings {
    /// The settings after `command` (nil for a command that changes no setting: play,
    /// pause, step, reset, pace, a goal watched). The one rule for what a change implies: a new
    /// target brings its own default noise; a new optimizer keeps the learning rate
    /// and takes PyTorch's defaults for the rest (momentum 0.9 for momentum and
    /// Nesterov). The result may be out of range: check `problem`.
    package func applying(_ command: CurveLabCommand) -> CurveLabSettings? {
        var next = self
        switch command {
        case .setTarget(let kind):
            next.target = kind
            next.noise = CurveTarget(kind).defaultNoise
        case .setNoise(let noise): next.noise = noise
        case .setPoints(let count): next.points = count
        case .setSeed(let seed): next.seed = seed
        case .setDegree(let degree): next.degree = degree
        case .setL2(let l2): next.l2 = l2
        case .setOptimizer(let kind): next.optimizer = OptimizerConfig(kind: kind, learningRate: optimizer.learningRate)
        case .setLearningRate(let rate): next.optimizer.learningRate = rate
        case .setHidden(let hidden): next.hidden = hidden
        case .setActivation(let activation): next.activation = activation
        case .setSpeed, .play, .pause, .step, .reset, .watchGoal: return nil
        }
        return next
    }
}
