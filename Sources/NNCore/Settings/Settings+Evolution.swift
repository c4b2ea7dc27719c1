/// The settings of the gradient-free optimizers (`--optimizer ga`, `cma-es`): population
/// size, σ and GA's mutation rate. Each shows the value in force (the kind's default on
/// this network until one is given); setting one restarts the search from the current
/// parameters (`Trainer.restartEvolution`).
extension Settings {
    package static let population = Setting(
        key: "population", label: "population",
        help: "GA and CMA-ES: candidates per generation, 4 to 1000",
        defaultNote: "(default 20 for ga; 4 + floor(3 ln n) for cma-es, n the network's parameters)",
        valueName: "n", kind: .integer,
        range: SettingRange("must be 4 to 1000") { $0 >= 4 && $0 <= 1000 },
        ladder: Ladder([4, 6, 8, 10, 12, 16, 20, 30, 50, 100, 200, 500, 1000]), followsOptimizer: true,
        read: { c in c.optimizer.population.map { .integer($0) } ?? c.evolutionDefault.map { .integer($0.population) }
            ?? .optionalNumber(nil) },
        write: { c, v in if case .integer(let n) = v { c.optimizer.population = n } },
        step: { setting, c, direction, _ in
            guard case .integer(let n) = setting.read(c), let ladder = setting.ladder else { return nil }
            return ladder.step(Double(n), by: direction).map { [setting.change(.integer(Int($0)))] }
        })

    package static let sigma = Setting(
        key: "sigma", label: "sigma",
        help: "GA: spread of the mutation p*(1+eta), eta ~ N(0, sigma^2); CMA-ES: initial step size; above 0",
        defaultNote: "(default 0.5)", valueName: "s", kind: .number, range: .positive,
        ladder: Ladder([0.01, 0.03, 0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5]), followsOptimizer: true,
        read: { c in .number(c.optimizer.sigma ?? EvolutionSearch.defaultSigma(c.optimizer.kind)) },
        write: { c, v in if let x = v.number { c.optimizer.sigma = x } })

    package static let mutationRate = Setting(
        key: "mutation-rate", aliases: ["mutation"], label: "mutation",
        help: "GA: probability that each parameter of a child mutates, in [0, 1]",
        defaultNote: "(default 0.1)", valueName: "p", kind: .number,
        range: SettingRange("must be in [0, 1]") { $0 >= 0 && $0 <= 1 },
        ladder: Ladder([0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1]), followsOptimizer: true,
        read: { c in .number(c.optimizer.mutationRate ?? EvolutionSearch.defaultMutationRate) },
        write: { c, v in if let x = v.number { c.optimizer.mutationRate = x } })
}

extension TrainingConfig {
    /// The GA or CMA-ES search this configuration runs, defaults filled in, for a
    /// built-in dataset (nil for the gradient optimizers and for CSV data, whose
    /// number of classes is known only once the file is read).
    package var evolutionDefault: EvolutionSearch.Choice? {
        guard optimizer.kind.isGradientFree, let problem = dataset.builtInProblem else { return nil }
        let n = NetworkLayout(sizes: layerSizes(for: problem)).parameterCount
        return EvolutionSearch.Choice(config: optimizer, parameterCount: n)
    }
}
