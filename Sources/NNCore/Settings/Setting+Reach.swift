/// Where a student can change a setting on the playground's screen: the rule the
/// controls panel builds its rows by (`ControlID.rows`) and `nnplay lesson check` holds
/// a step's setup and solution to, said once so that they cannot drift apart.
extension Setting {
    /// Settings without a row of their own that a row of the panel changes: the
    /// regularization choice and rate rows set `l1`, `l2` and `dropout`, the output row
    /// takes a loss (`sigmoid,mse`).
    static let changedThrough: [String: Setting] = [
        "l1": Settings.regularization, "l2": Settings.regularization, "dropout": Settings.regularization,
        "loss": Settings.output,
    ]

    /// Settings changed with keys rather than a panel row: the decision threshold (the
    /// evaluation view's `[` `]` and ROC clicks) and the pace (`+` `-`).
    static let changedByKeys: Set<String> = [Settings.threshold.key, Settings.speed.key]

    /// Whether the controls panel has a row for this setting when `config` is in force:
    /// `classes` only for blobs, each optimizer's own parameters only for that optimizer
    /// (momentum for the SGD family, β1 and β2 for Adam and AdamW, AdamW's weight decay,
    /// RMSProp's α; population and σ for GA and CMA-ES, which have no learning rate,
    /// and GA's mutation rate; and none of the batch, the lr schedule, clipping or the
    /// shuffle under GA and CMA-ES, which rank candidates on the whole training set with
    /// no gradient: `NetworkObjective`). The `more` section's rows count (the panel shows them where a
    /// lesson unlocks them, and in free play where the terminal has room).
    package func isOnPanel(for config: TrainingConfig) -> Bool {
        guard fronts.contains(.panel) else { return false }
        let kind = config.optimizer.kind
        switch key {
        case Settings.classes.key: return config.dataset.kind == .blobs
        case Settings.momentum.key: return [.sgd, .momentum, .nesterov].contains(kind)
        case Settings.beta1.key, Settings.beta2.key: return [.adam, .adamw].contains(kind)
        case Settings.weightDecay.key: return kind == .adamw
        case Settings.alpha.key: return kind == .rmsprop
        case Settings.learningRate.key: return !kind.isGradientFree
        case Settings.population.key, Settings.sigma.key: return kind.isGradientFree
        case Settings.mutationRate.key: return kind == .ga
        case Settings.batch.key, Settings.schedule.key, Settings.scheduleGamma.key, Settings.scheduleStep.key,
             Settings.clip.key, Settings.shuffle.key:
            return !kind.isGradientFree
        default: return true
        }
    }

    /// Whether a student can give this setting its value in `config` on the screen: on
    /// its panel row, through another row (`changedThrough`; one regularization at a
    /// time, as the panel offers them) or with keys. Not so for `eps`, `nesterov`,
    /// `min-delta` and `restore-best` (flags and lesson keys only), nor for a setting
    /// whose row `config` hides (momentum under Adam).
    package func isReachable(in config: TrainingConfig) -> Bool {
        if Self.changedByKeys.contains(key) { return true }
        if lock == Settings.regularization.lock, RegularizationChoice(config.regularization) == .mixed { return false }
        return (Self.changedThrough[key] ?? self).isOnPanel(for: config)
    }
}
