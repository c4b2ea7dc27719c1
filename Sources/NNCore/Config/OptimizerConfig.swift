/// Which update rule the optimizer applies. Names and defaults follow PyTorch's
/// `torch.optim` so that results can be checked against it.
package enum OptimizerKind: String, Codable, Sendable, CaseIterable {
    /// Plain SGD, `p ← p − lr·g` (with `momentum` > 0 it is heavy-ball momentum).
    case sgd
    /// SGD with heavy-ball momentum (default momentum 0.9).
    case momentum
    /// SGD with Nesterov momentum (default momentum 0.9).
    case nesterov
    case adagrad
    case rmsprop
    case adam
    /// Adam with decoupled weight decay (Loshchilov & Hutter); decay rate is `weightDecay`.
    case adamw
    /// A genetic algorithm over the whole parameter vector: no gradient (`EvolutionSearch`).
    case ga
    /// CMA-ES over the whole parameter vector (separable above
    /// `EvolutionSearch.fullCovarianceLimit` parameters): no gradient.
    case cmaes = "cma-es"

    /// GA and CMA-ES: a training step is a generation of a population searching the
    /// parameter vector by loss values alone; no gradient is computed.
    package var isGradientFree: Bool { self == .ga || self == .cmaes }

    /// The update rules that follow a gradient (every kind but GA and CMA-ES).
    package static var gradientKinds: [OptimizerKind] { allCases.filter { !$0.isGradientFree } }

    /// A one-line description for help texts and the TUI.
    package var summary: String {
        switch self {
        case .sgd: return "stochastic gradient descent: p -= lr*g"
        case .momentum: return "SGD with heavy-ball momentum: b = mu*b + g; p -= lr*b"
        case .nesterov: return "SGD with Nesterov momentum: p -= lr*(g + mu*b)"
        case .adagrad: return "per-parameter rate lr/sqrt(sum of g^2)"
        case .rmsprop: return "per-parameter rate lr/sqrt(running mean of g^2)"
        case .adam: return "momentum plus RMSProp scaling, bias-corrected"
        case .adamw: return "Adam with decoupled weight decay"
        case .ga: return "genetic algorithm: selection, one-point crossover, mutation p*(1+eta); no gradient"
        case .cmaes: return "CMA-ES: mean, step size and covariance of a population adapt; no gradient (diagonal covariance above \(EvolutionSearch.fullCovarianceLimit) parameters)"
        }
    }
}

/// The optimizer and all of its hyperparameters, with PyTorch's names and defaults.
/// Only the fields the chosen `kind` uses matter; the others are kept so that a
/// student switching optimizers back and forth keeps their values.
package struct OptimizerConfig: Codable, Equatable, Sendable {
    /// The update rule. Setting it alone changes nothing else; what switching kinds
    /// implies (momentum on for `momentum` and `nesterov`, off for `sgd`) is
    /// `Settings.optimizer`'s rule, applied by `TrainingConfig.applying`.
    package var kind: OptimizerKind
    /// Learning rate `lr`.
    package var learningRate: Double
    /// Momentum coefficient μ of the SGD family (`momentum`); 0 for plain SGD.
    package var momentum: Double
    /// Use Nesterov's look-ahead with SGD momentum (`nesterov`).
    package var nesterov: Bool
    /// RMSProp smoothing constant (`alpha`, PyTorch default 0.99).
    package var alpha: Double
    /// Adam's first-moment decay (`betas[0]`, default 0.9).
    package var beta1: Double
    /// Adam's second-moment decay (`betas[1]`, default 0.999).
    package var beta2: Double
    /// Term added to the denominator (`eps`); nil means the kind's PyTorch default
    /// (1e-10 for AdaGrad, 1e-8 otherwise).
    package var eps: Double?
    /// Decoupled weight decay of AdamW (`weight_decay`, default 0.01).
    package var weightDecay: Double
    /// GA and CMA-ES: the population size; nil means the kind's default
    /// (`EvolutionSearch.defaultPopulation`).
    package var population: Int?
    /// GA: the spread σ of the mutation η ~ N(0, σ²); CMA-ES: the initial step size σ.
    /// Nil means the kind's default (`EvolutionSearch.defaultSigma`).
    package var sigma: Double?
    /// GA: the probability that a child's component mutates; nil means
    /// `EvolutionSearch.defaultMutationRate`.
    package var mutationRate: Double?

    package init(kind: OptimizerKind = .sgd, learningRate: Double = 0.03, momentum: Double? = nil,
                nesterov: Bool? = nil, alpha: Double = 0.99, beta1: Double = 0.9, beta2: Double = 0.999,
                eps: Double? = nil, weightDecay: Double = 0.01, population: Int? = nil, sigma: Double? = nil,
                mutationRate: Double? = nil) {
        self.kind = kind
        self.learningRate = learningRate
        self.momentum = momentum ?? ((kind == .momentum || kind == .nesterov) ? 0.9 : 0)
        self.nesterov = nesterov ?? (kind == .nesterov)
        self.alpha = alpha
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
        self.population = population
        self.sigma = sigma
        self.mutationRate = mutationRate
    }

    /// `eps` as the update rule uses it.
    package var effectiveEps: Double {
        eps ?? (kind == .adagrad ? 1e-10 : 1e-8)
    }
}

/// How the learning rate changes with the epoch, as PyTorch's `StepLR` and
/// `ExponentialLR` (stepped once per epoch).
package struct LearningRateSchedule: Codable, Equatable, Sendable {
    package enum Kind: String, Codable, Sendable, CaseIterable {
        /// lr(e) = lr₀
        case constant
        /// lr(e) = lr₀ · γ^⌊e / stepEpochs⌋
        case step
        /// lr(e) = lr₀ · γ^e
        case exponential
    }
    package var kind: Kind
    package var gamma: Double
    package var stepEpochs: Int

    package init(kind: Kind = .constant, gamma: Double = 0.5, stepEpochs: Int = 100) {
        self.kind = kind
        self.gamma = gamma
        self.stepEpochs = stepEpochs
    }

    /// The learning rate in force during epoch `epoch` (0-based) for base rate `base`.
    package func rate(base: Double, epoch: Int) -> Double {
        switch kind {
        case .constant: return base
        case .step: return base * power(gamma, epoch / max(1, stepEpochs))
        case .exponential: return base * power(gamma, epoch)
        }
    }

    /// γⁿ by repeated squaring, so the value is the same on every platform.
    private func power(_ x: Double, _ n: Int) -> Double {
        var result = 1.0, base = x, e = n
        while e > 0 {
            if e & 1 == 1 { result *= base }
            base *= base
            e >>= 1
        }
        return result
    }
}
