/// The ranges a landscape method's knobs must lie in, so that a lab command, a lesson
/// or a session file cannot hand `GeneticAlgorithm` or `CMAES` a value they refuse.
extension LandscapeMethod {
    /// The largest population the lab accepts.
    package static let populationRange: ClosedRange<Int> = 2...10_000
    /// The largest step size σ (and GA mutation spread) accepted.
    package static let maxSigma = 1e6

    /// Why these settings cannot run, or nil when they can.
    package var problem: String? {
        let o = optimizer
        if !(o.learningRate > 0 && o.learningRate.isFinite) { return "the learning rate must be above 0" }
        if !(0..<1).contains(o.momentum) { return "momentum must be in [0, 1)" }
        if !(0..<1).contains(o.beta1) || !(0..<1).contains(o.beta2) { return "beta1 and beta2 must be in [0, 1)" }
        if !(0..<1).contains(o.alpha) { return "alpha must be in [0, 1)" }
        if let eps = o.eps, !(eps > 0 && eps.isFinite) { return "eps must be above 0" }
        if !(damping >= 0 && damping.isFinite) { return "damping must be 0 or more" }
        if let population, !Self.populationRange.contains(population) { return "the population must be 2 to 10000" }
        if let sigma, !(sigma > 0 && sigma <= Self.maxSigma) { return "sigma must be above 0 and at most 1e6" }
        if !(0...1).contains(mutationRate) { return "the mutation rate must be in [0, 1]" }
        return nil
    }
}
