/// Training without gradients: with `--optimizer ga` or `cma-es`, a step is one
/// generation of `EvolutionSearch` over the whole parameter vector, ranked by the loss
/// on the whole training set (`NetworkObjective`). The network then holds the point
/// the search stands for (the fittest member for GA, the mean for CMA-ES), so the
/// heatmap, the loss chart and every metric show it.
extension Trainer {
    /// What the configured search is on this network, defaults filled in (nil for the
    /// gradient optimizers).
    package var evolutionChoice: EvolutionSearch.Choice? {
        guard config.optimizer.kind.isGradientFree else { return nil }
        return EvolutionSearch.Choice(config: config.optimizer, parameterCount: network.parameters.count)
    }

    /// One generation (a step and an epoch). The first one, and the first after a
    /// restart, begins the search at the current parameters.
    mutating func evolve() {
        var search = evolution ?? EvolutionSearch(evolutionChoice!, start: network.parameters,
                                                  seed: config.seed &+ UInt64(evolutionStarts) &* 0x9E37_79B9_7F4A_7C15)
        var objective = NetworkObjective(network: network, inputs: trainInputs, problem: problem, loss: config.loss,
                                         regularization: config.regularization)
        search.step(&objective)
        lossEvaluations += objective.evaluations
        if let shown = search.shown { network.parameters = shown }
        evolution = search
        steps += 1
        epochs += 1
        if !parametersFinite() || !parametersWithinLimit() { divergedAtStep = steps }
    }

    /// Drops the search: the next generation starts a new one at the parameters then
    /// (after new GA/CMA-ES settings, loaded weights or a weight typed in).
    mutating func restartEvolution() {
        if evolution != nil { evolutionStarts += 1 }
        evolution = nil
    }
}
