/// The settings of the gradient-free optimizers (`--optimizer ga`, `cma-es`): population
/// size, σ and GA's mutation rate. Each reads the value in force (the kind's default on
/// this network until one is given) and stores a value only when it differs from that,
/// so writing what was read changes nothing; a new value restarts the search from the
/// current parameters (`Trainer.restartEvolution`).
extension Settings {
    package static let population = Setting(
        key: "population", label: "population",
        help: "GA and CMA-ES: candidates per generation, 4 to 1000",
        defaultNote: "(default 20 for ga; 4 + floor(3 ln n) for cma-es, n the network's parameters)",
        valueName: "n", kind: .integer,
        range: SettingRange("must be 4 to 1000") { $0 >= 4 && $0 <= 1000 },
        ladder: Ladder([4, 6, 8, 10, 12, 16, 20, 30, 50, 100, 200, 500, 1000]), followsOptimizer: true,
        read: { .integer($0.effectivePopulation) },
        write: { c, v in if case .integer(let n) = v, n != c.effectivePopulation { c.optimizer.population = n } },
        step: { setting, c, direction, _ in
            guard case .integer(let n) = setting.read(c), let ladder = setting.ladder else { return nil }
            return ladder.step(Double(n), by: direction).map { [setting.change(.integer(Int($0)))] }
        })

    package static let sigma = Setting(
        key: "sigma", label: "sigma",
        help: "GA: spread of the mutation p*(1+eta), eta ~ N(0, sigma^2); CMA-ES: initial step size; above 0",
        defaultNote: "(default 0.5)", valueName: "s", kind: .number, range: .positive,
        ladder: Ladder([0.01, 0.03, 0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5]), followsOptimizer: true,
        read: { .number($0.effectiveSigma) },
        write: { c, v in if let x = v.number, x != c.effectiveSigma { c.optimizer.sigma = x } })

    package static let mutationRate = Setting(
        key: "mutation-rate", aliases: ["mutation"], label: "mutation",
        help: "GA: probability that each parameter of a child mutates, in [0, 1]",
        defaultNote: "(default 0.1)", valueName: "p", kind: .number,
        range: SettingRange("must be in [0, 1]") { $0 >= 0 && $0 <= 1 },
        ladder: Ladder([0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1]), followsOptimizer: true,
        read: { .number($0.optimizer.mutationRate ?? EvolutionSearch.defaultMutationRate) },
        write: { c, v in
            if let x = v.number, x != (c.optimizer.mutationRate ?? EvolutionSearch.defaultMutationRate) {
                c.optimizer.mutationRate = x
            }
        })
}

extension TrainingConfig {
    /// The population in force: the one given, or the default of GA (20) or of CMA-ES
    /// (4 + ⌊3 ln n⌋ for this network's n parameters; for CSV data, whose classes are
    /// known only once the file is read, and for the gradient optimizers, as if for
    /// CMA-ES on two classes).
    var effectivePopulation: Int {
        if let population = optimizer.population { return population }
        let sizes = layerSizes(for: dataset.builtInProblem ?? .classification(classes: 2))
        return EvolutionSearch.defaultPopulation(optimizer.kind == .ga ? .ga : .cmaes,
                                                 parameterCount: NetworkLayout(sizes: sizes).parameterCount)
    }

    /// σ in force: the one given or the default.
    var effectiveSigma: Double { optimizer.sigma ?? EvolutionSearch.defaultSigma(optimizer.kind) }
}
