/// The population search behind `--optimizer ga` and `--optimizer cma-es`: the same
/// `GeneticAlgorithm`, `CMAES` and `SeparableCMAES` the landscape lab walks a 2-D surface
/// with, here over the network's whole parameter vector (n = every weight and bias).
/// One training step is one generation; no gradient is ever computed.
///
/// CMA-ES keeps a full n×n covariance matrix up to `fullCovarianceLimit` parameters and
/// switches to the separable (diagonal) variant above it, whose generation costs O(λn)
/// instead of O(n³) (`Choice`).
package enum EvolutionSearch: Sendable {
    case ga(GeneticAlgorithm)
    case cmaes(CMAES)
    case separableCMAES(SeparableCMAES)

    /// The most parameters CMA-ES adapts a full covariance matrix for; above it, a
    /// diagonal one (Ros & Hansen's separable CMA-ES). The full matrix's Jacobi
    /// eigendecomposition every generation grows as n³: measured on the circle (release
    /// build, two busy cores), 64 generations/s at n = 67, 16 at n = 105, 3.3 at n = 177,
    /// against about 1,000 for the separable variant; 100 keeps the playground near its
    /// default pace of 60 generations/s on a free machine.
    package static let fullCovarianceLimit = 100

    /// GA: 20 members (as in the landscape lab); CMA-ES: 4 + ⌊3 ln n⌋.
    package static func defaultPopulation(_ kind: OptimizerKind, parameterCount n: Int) -> Int {
        kind == .ga ? 20 : CMAParameters.defaultLambda(dimension: max(1, n))
    }

    /// GA: η's spread 0.5 (a mutated weight changes by about half of itself); CMA-ES:
    /// initial step size 0.5, about the size of the initial weights.
    package static func defaultSigma(_ kind: OptimizerKind) -> Double { 0.5 }

    /// GA: each component of a child mutates with probability 0.1.
    package static let defaultMutationRate = 0.1

    /// What a configuration runs on `parameterCount` parameters, with every default
    /// filled in: for `--help`, the text report and the status line.
    package struct Choice: Sendable, Equatable, CustomStringConvertible {
        package let kind: OptimizerKind
        package let population: Int
        package let sigma: Double
        /// GA only.
        package let mutationRate: Double
        /// CMA-ES with a diagonal covariance (more than `fullCovarianceLimit` parameters).
        package let isSeparable: Bool

        package init(config: OptimizerConfig, parameterCount n: Int) {
            precondition(config.kind.isGradientFree)
            kind = config.kind
            population = config.population ?? EvolutionSearch.defaultPopulation(config.kind, parameterCount: n)
            sigma = config.sigma ?? EvolutionSearch.defaultSigma(config.kind)
            mutationRate = config.mutationRate ?? EvolutionSearch.defaultMutationRate
            isSeparable = config.kind == .cmaes && n > EvolutionSearch.fullCovarianceLimit
        }

        /// `cma-es (separable), population 12, sigma 0.5`.
        package var description: String {
            let name = kind == .ga ? "ga" : (isSeparable ? "cma-es (separable)" : "cma-es")
            var text = "\(name), population \(population), sigma \(NumberText.short(sigma, digits: 3))"
            if kind == .ga { text += ", mutation rate \(NumberText.short(mutationRate, digits: 3))" }
            return text
        }
    }

    /// Whether a running search must start afresh for `new`: another kind, population,
    /// σ or mutation rate. (A new learning rate, say, means nothing to it.)
    package static func needsRestart(from old: OptimizerConfig, to new: OptimizerConfig) -> Bool {
        old.kind != new.kind || old.population != new.population || old.sigma != new.sigma
            || old.mutationRate != new.mutationRate
    }

    /// A search of `choice`'s kind starting at `start`, drawing from the evolution
    /// stream of `seed`.
    package init(_ choice: Choice, start: [Double], seed: UInt64) {
        switch choice.kind {
        case .ga:
            self = .ga(GeneticAlgorithm(start: start, populationSize: choice.population, mutationRate: choice.mutationRate,
                                        sigma: choice.sigma, seed: seed, stream: .evolution))
        default:
            self = choice.isSeparable
                ? .separableCMAES(SeparableCMAES(mean: start, sigma: choice.sigma, lambda: choice.population, seed: seed,
                                                 stream: .evolution))
                : .cmaes(CMAES(mean: start, sigma: choice.sigma, lambda: choice.population, seed: seed, stream: .evolution))
        }
    }

    /// One generation.
    package mutating func step<Objective: PopulationObjective>(_ objective: inout Objective) {
        switch self {
        case .ga(var search): search.step(&objective); self = .ga(search)
        case .cmaes(var search): search.step(&objective); self = .cmaes(search)
        case .separableCMAES(var search): search.step(&objective); self = .separableCMAES(search)
        }
    }

    /// The point the network shows: the fittest member (GA) or the mean (CMA-ES).
    package var shown: [Double]? {
        switch self {
        case .ga(let search): return search.best?.point
        case .cmaes(let search): return search.mean
        case .separableCMAES(let search): return search.mean
        }
    }

    /// Generations so far.
    package var generation: Int {
        switch self {
        case .ga(let search): return search.generation
        case .cmaes(let search): return search.generation
        case .separableCMAES(let search): return search.generation
        }
    }

    /// How the population spreads now (`EvolutionStatus`).
    package var status: EvolutionStatus {
        switch self {
        case .ga(let search): return EvolutionStatus(kind: .ga, spread: search.spread, sigma: nil, isSeparable: false)
        case .cmaes(let search):
            return EvolutionStatus(kind: .cmaes, spread: search.spread, sigma: search.sigma, isSeparable: false)
        case .separableCMAES(let search):
            return EvolutionStatus(kind: .cmaes, spread: search.spread, sigma: search.sigma, isSeparable: true)
        }
    }
}

/// How a gradient-free search stands, for the status line: CMA-ES's step size σ, or
/// the GA population's spread (the RMS over the parameters of their standard deviation
/// across the members).
package struct EvolutionStatus: Sendable, Equatable {
    package let kind: OptimizerKind
    /// GA: the population's spread; CMA-ES: σ times C's largest standard deviation.
    package let spread: Double
    /// CMA-ES's step size σ.
    package let sigma: Double?
    package let isSeparable: Bool

    /// `σ 0.031` for CMA-ES (`sep σ` when separable), `spread 0.12` for GA.
    package var text: String {
        if let sigma { return "\(isSeparable ? "sep " : "")σ \(NumberText.significant(sigma, digits: 2))" }
        return "spread \(NumberText.significant(spread, digits: 2))"
    }
}
