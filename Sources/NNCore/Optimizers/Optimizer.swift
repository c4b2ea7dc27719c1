/// The optimizer's per-parameter state over one flat parameter vector (the weights
/// and biases of every layer), and the update that the trainer applies once per
/// mini-batch.
///
/// The update rules are PyTorch's (`torch.optim`, default flags), in the same order
/// of floating-point operations, so a few steps on a small vector reproduce PyTorch's
/// float64 numbers bit for bit (see `OptimizerPyTorchTests`). Each rule is written
/// out, with its formulas, in its own file: `SGD` (also momentum and Nesterov),
/// `AdaGrad`, `RMSProp` and `Adam` (also AdamW).
///
/// State kept per parameter:
///
/// | kind                        | `firstMoment`      | `secondMoment`          |
/// |-----------------------------|--------------------|-------------------------|
/// | sgd, momentum, nesterov     | velocity b         | —                       |
/// | adagrad                     | —                  | sum of squares s        |
/// | rmsprop                     | —                  | running mean v of g²    |
/// | adam, adamw                 | running mean m of g| running mean v of g²    |
///
/// `update` allocates nothing (once the state is uniquely owned) and runs one tight
/// loop per rule over unsafe buffers, which LLVM vectorises. Every operation is
/// element-wise, so the vectorised loop computes exactly the same bits as a scalar one.
/// (The loops with a square root vectorise only when NNCore is built with
/// `-Xcc -fno-math-errno`: on Linux, Swift's `squareRoot()` otherwise calls libm's
/// errno-setting `sqrt` for negative inputs, which LLVM cannot vectorise. The value
/// is the same correctly rounded IEEE square root either way.)
package struct Optimizer: Sendable, Equatable {
    package private(set) var config: OptimizerConfig
    /// t, the number of updates applied since the state was last zeroed.
    package private(set) var stepCount: Int
    /// 1 for a weight, 0 for a bias (AdamW's decoupled decay touches weights only).
    private(set) var weightMask: [Double]
    /// SGD family: the velocity b. Adam/AdamW: the first moment m. Otherwise empty.
    private(set) var firstMoment: [Double]
    /// AdaGrad: Σg². RMSProp, Adam, AdamW: the running mean v of g². Otherwise empty.
    private(set) var secondMoment: [Double]
    /// Whether the SGD velocity has been set: the first momentum step sets b ← g.
    /// (Not the same as stepCount > 0: plain SGD steps with momentum 0 leave b unset.)
    private(set) var hasVelocity: Bool

    /// An optimizer with zero state for `isWeight.count` parameters.
    /// `isWeight[i]` is true for weights and false for biases.
    package init(config: OptimizerConfig, isWeight: [Bool]) {
        self.config = config
        self.stepCount = 0
        self.weightMask = isWeight.map { $0 ? 1 : 0 }
        self.firstMoment = []
        self.secondMoment = []
        self.hasVelocity = false
        allocateState()
    }

    /// The number of parameters this optimizer updates.
    package var parameterCount: Int { weightMask.count }

    /// One update of `parameters` from `gradient` (the batch-mean gradient, with any
    /// L1/L2 regularisation already added) at `learningRate`, the schedule's current
    /// value, which takes the place of `config.learningRate`.
    package mutating func update(parameters: UnsafeMutableBufferPointer<Double>,
                                gradient: UnsafeBufferPointer<Double>, learningRate: Double) {
        let count = weightMask.count
        precondition(parameters.count == count && gradient.count == count,
                     "Optimizer.update: expected \(count) parameters and gradients, got \(parameters.count) and \(gradient.count)")
        stepCount += 1
        guard count > 0, let p = parameters.baseAddress, let g = gradient.baseAddress else { return }
        let c = config, kernels = KernelPath.kernels
        switch c.kind {
        case .sgd, .momentum, .nesterov:
            if c.momentum == 0 {
                kernels.sgdStep(parameters: p, gradient: g, count: count, learningRate: learningRate)
            } else {
                let isFirst = !hasVelocity
                hasVelocity = true
                firstMoment.withUnsafeMutableBufferPointer { b in
                    kernels.momentumStep(parameters: p, gradient: g, velocity: b.baseAddress!, count: count,
                                         learningRate: learningRate, momentum: c.momentum, nesterov: c.nesterov,
                                         isFirst: isFirst)
                }
            }
        case .adagrad:
            secondMoment.withUnsafeMutableBufferPointer { s in
                kernels.adaGradStep(parameters: p, gradient: g, sumOfSquares: s.baseAddress!, count: count,
                                    learningRate: learningRate, eps: c.effectiveEps)
            }
        case .rmsprop:
            secondMoment.withUnsafeMutableBufferPointer { v in
                kernels.rmsPropStep(parameters: p, gradient: g, meanSquare: v.baseAddress!, count: count,
                                    learningRate: learningRate, alpha: c.alpha, eps: c.effectiveEps)
            }
        case .ga, .cmaes:
            preconditionFailure("\(c.kind.rawValue) uses no gradient: the trainer runs a generation (EvolutionSearch) instead")
        case .adam, .adamw:
            let step = stepCount, decay = c.kind == .adamw ? learningRate * c.weightDecay : 0
            // Distinct stored properties may be accessed at the same time (SE-0176).
            firstMoment.withUnsafeMutableBufferPointer { m in
                secondMoment.withUnsafeMutableBufferPointer { v in
                    weightMask.withUnsafeBufferPointer { mask in
                        kernels.adamStep(parameters: p, gradient: g, firstMoment: m.baseAddress!,
                                         secondMoment: v.baseAddress!, weightMask: mask.baseAddress!, count: count,
                                         learningRate: learningRate, beta1: c.beta1, beta2: c.beta2,
                                         eps: c.effectiveEps, step: step, decay: decay)
                    }
                }
            }
        }
    }

    /// Convenience for tests and small callers: the same update on arrays.
    package mutating func update(parameters: inout [Double], gradient: [Double], learningRate: Double) {
        parameters.withUnsafeMutableBufferPointer { p in
            gradient.withUnsafeBufferPointer { g in
                update(parameters: p, gradient: g, learningRate: learningRate)
            }
        }
    }

    /// Replaces the hyperparameters.
    ///
    /// Within the same kind (a new learning rate, momentum, β, ε, weight decay or
    /// Nesterov flag) the state is kept, as when a PyTorch user edits
    /// `optimizer.param_groups[0]`: training continues smoothly from where it was.
    /// Adam's bias correction then uses the new β₁, β₂ at the current t, and an SGD
    /// velocity survives a detour through momentum 0 unchanged (both as in PyTorch).
    ///
    /// A different kind zeroes the state (buffers 0, stepCount 0), as constructing a
    /// new `torch.optim` optimizer would. The buffers of different rules hold different
    /// things (a velocity, a sum of squares, bias-corrected moment estimates whose
    /// correction 1 − βᵗ assumes they started at zero at t = 0), so carrying them over
    /// would produce a first step that none of the rules defines — for example an
    /// AdaGrad sum of squares read as RMSProp's mean would make steps far too small.
    package mutating func reconfigure(_ config: OptimizerConfig) {
        let kindChanged = config.kind != self.config.kind
        self.config = config
        if kindChanged { reset() }
    }

    /// Zeroes all state (used when the network is reset).
    package mutating func reset() {
        stepCount = 0
        hasVelocity = false
        firstMoment = []
        secondMoment = []
        allocateState()
    }

    /// Zero buffers of the sizes `config.kind` needs (see the table above).
    private mutating func allocateState() {
        let count = weightMask.count
        let (first, second): (Bool, Bool)
        switch config.kind {
        case .sgd, .momentum, .nesterov: (first, second) = (true, false)
        case .adagrad, .rmsprop: (first, second) = (false, true)
        case .adam, .adamw: (first, second) = (true, true)
        case .ga, .cmaes: (first, second) = (false, false)
        }
        firstMoment = first ? [Double](repeating: 0, count: count) : []
        secondMoment = second ? [Double](repeating: 0, count: count) : []
    }
}
