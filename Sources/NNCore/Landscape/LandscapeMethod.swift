/// The ways the landscape lab can walk a surface, with every knob they have.
package struct LandscapeMethod: Sendable, Equatable {
    package enum Kind: String, Sendable, CaseIterable {
        case gd, momentum, nesterov, adagrad, rmsprop, adam, newton, ga
        case cmaes = "cma-es"

        /// The playground optimizer this method is, for the gradient methods.
        package var optimizerKind: OptimizerKind? {
            switch self {
            case .gd: return .sgd
            case .momentum: return .momentum
            case .nesterov: return .nesterov
            case .adagrad: return .adagrad
            case .rmsprop: return .rmsprop
            case .adam: return .adam
            case .newton, .ga, .cmaes: return nil
            }
        }

        /// Whether the method keeps a population (and its path shows one point of it).
        package var isPopulation: Bool { self == .ga || self == .cmaes }

        package var summary: String {
            if let optimizerKind { return "the playground's \(optimizerKind.rawValue): \(optimizerKind.summary)" }
            switch self {
            case .newton: return "Newton's method: p -= lr*(H + damping*I)^-1 g"
            case .ga: return "genetic algorithm: selection, one-point crossover, mutation p*(1+eta)"
            default: return "CMA-ES (Hansen's tutorial): mean, step size and covariance adapt"
            }
        }
    }

    package var kind: Kind
    /// The optimizer's settings (learning rate, momentum, β₁, β₂, ε, α) for the
    /// gradient methods; Newton uses only its learning rate (the step's scale).
    package var optimizer: OptimizerConfig
    /// Newton: λ added to the Hessian's diagonal (0 is the pure Newton step).
    package var damping: Double = 0
    /// GA and CMA-ES: population size (nil: 20 for GA, CMA-ES's 4 + ⌊3 ln n⌋).
    package var population: Int?
    /// GA: the mutation's η standard deviation; CMA-ES: the initial step size σ
    /// (nil: 1 for GA, 0.5 for CMA-ES; see `effectiveSigma`).
    package var sigma: Double?
    /// GA: the probability that a child's component mutates.
    package var mutationRate: Double = 0.5
    /// The seed of the population methods' random stream.
    package var seed: UInt64 = 1

    /// `population`, or the method's default (on two parameters); 1 for the others.
    package var effectivePopulation: Int {
        switch kind {
        case .ga: return population ?? 20
        case .cmaes: return population ?? CMAES.defaultLambda(dimension: 2)
        default: return 1
        }
    }

    /// `sigma`, or the method's default.
    package var effectiveSigma: Double { sigma ?? (kind == .ga ? 1 : 0.5) }

    package init(kind: Kind, optimizer: OptimizerConfig) {
        self.kind = kind
        self.optimizer = optimizer
    }
}
