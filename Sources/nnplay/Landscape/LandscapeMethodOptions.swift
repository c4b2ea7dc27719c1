import ArgumentParser
import NNCore

/// The flags of `nnplay landscape` beyond the playground's optimizer settings:
/// Newton's damping, the population methods' knobs, the seed and the ravine's
/// condition number. Each is refused with a method (or function) that does not use it.
struct LandscapeMethodOptions: ParsableArguments {
    @Option(parsing: .unconditional,
            help: ArgumentHelp("Newton: lambda added to the Hessian's diagonal, >= 0 (default 0).", valueName: "lambda"))
    var damping: Double?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("GA and CMA-ES: population size, 2 to 10000 (default 20 for ga, 6 for cma-es).",
                               valueName: "n"))
    var population: Int?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("GA: the mutation's eta spread (default 1); CMA-ES: initial step size (default 0.5).",
                               valueName: "s"))
    var sigma: Double?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("GA: the chance that a child's coordinate mutates, in [0, 1] (default 0.5).",
                               valueName: "p"))
    var mutationRate: Double?

    @Option(parsing: .unconditional, help: "GA and CMA-ES: seed of their random choices (default 1).")
    var seed: UInt64?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Ravine: condition number k, 1 to 1e6 (default 10).", valueName: "k"))
    var condition: Double?

    func check(for method: LandscapeMethod.Kind, function: LandscapeFunction.Kind) throws {
        let population = method.isPopulation
        let uses: [(String, Bool, Bool, String)] = [
            ("damping", damping != nil, method == .newton, "--method newton"),
            ("population", self.population != nil, population, "--method ga or cma-es"),
            ("sigma", sigma != nil, population, "--method ga or cma-es"),
            ("mutation-rate", mutationRate != nil, method == .ga, "--method ga"),
            ("seed", seed != nil, population, "--method ga or cma-es"),
            ("condition", condition != nil, function == .ravine, "--function ravine"),
        ]
        for (flag, given, used, needs) in uses where given && !used {
            throw InputError("--\(flag) applies only to \(needs)")
        }
        if let damping, !(damping >= 0 && damping.isFinite) { throw InputError("--damping must be 0 or more") }
        if let p = self.population, !(2...10_000).contains(p) { throw InputError("--population must be 2 to 10000") }
        if let sigma, !(sigma > 0 && sigma <= 1e6) { throw InputError("--sigma must be above 0 and at most 1e6") }
        if let mutationRate, !(0...1).contains(mutationRate) { throw InputError("--mutation-rate must be in [0, 1]") }
        if let condition, !LandscapeFunction.conditionRange.contains(condition) {
            throw InputError("--condition must be 1 to 1e6")
        }
    }
}
