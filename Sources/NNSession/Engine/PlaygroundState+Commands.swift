import NNCore

/// What each command does to the playground (issue 3's rules):
///
/// | change                                                        | effect                                     |
/// |---------------------------------------------------------------|--------------------------------------------|
/// | optimizer (and its parameters), schedule, clipping, L1/L2, dropout, batch size, shuffling, early stopping | live: network, optimizer state (same kind), counters and history kept (a new patience or min delta starts early stopping's watch again) |
/// | features, hidden layers, activation, output head, loss, initializer | new network on the same points: weights drawn again, counters and history start over |
/// | dataset (kind, noise, test and validation ratio, count, classes, generation), seed | new points and split, then a new network; added points are dropped |
/// | `resetWeights`                                                | the next reset's weights on the same points |
/// | `addPoint`                                                    | the point joins the training set; training carries on |
/// | `restart(config)`                                             | a new playground's points and weights for config, paused |
/// | `run(epochs: n)`                                              | plays until n more epochs are done, then pauses |
/// | `watchGoal(goal)`                                             | checks a lesson goal after each command and epoch |
/// | `setWeight`                                                   | one parameter takes the typed value; training carries on |
/// | `setSpeed`, `setPace`                                         | only when the engine steps (`pace`), never what a step computes |
///
/// A rebuilt network's weights depend only on (config, `resetCount`): the seed's
/// initialization stream for reset 0, a stream derived from (seed, r) after r resets.
/// The seed counts as data because the points and the split are drawn from it too, so
/// a config always describes its data. After divergence a live setting (a lower
/// learning rate, say) also rebuilds the network, so that it recovers.
///
/// A command that cannot be carried out (an invalid config, a point outside the
/// classes, …) changes nothing but `lastRejection`; unknown commands change nothing.
extension PlaygroundState {
    /// Applies `command` now, between two steps.
    package mutating func apply(_ command: Command) {
        if case .unknown = command { return }
        version += 1
        switch command {
        case .configure, .restart, .resetWeights, .regenerateData, .play, .pause: runUntilEpoch = nil
        default: break
        }
        do throws(InputError) {
            switch command {
            case .configure(let new):
                try configure(new)
            case .resetWeights:
                try rebuildNetwork(config, resetCount: resetCount + 1)
            case .restart(let new):
                let dataset = try DatasetFactory.make(new, loaded: csvData(for: new))
                install(try PlaygroundState.freshTrainer(new, dataset: dataset, resetCount: 0))
                resetCount = 0
                dataVersion += 1
                isPlaying = false
            case .regenerateData:
                var new = config
                new.dataset.generation += 1
                try configure(new)
            case .addPoint(let sample):
                try trainer.addTrainingPoint(sample)
                dataVersion += 1
            case .play:
                if let k = trainer.divergedAtStep { throw PlaygroundState.divergedError(k) }
                isPlaying = true
            case .pause:
                isPlaying = false
            case .step:
                if let k = trainer.divergedAtStep { throw PlaygroundState.divergedError(k) }
                step()
            case .run(let epochs):
                if let k = trainer.divergedAtStep { throw PlaygroundState.divergedError(k) }
                guard (1...PlaygroundState.maxRunEpochs).contains(epochs) else {
                    throw InputError("a run must be 1 to \(PlaygroundState.maxRunEpochs) epochs (got \(epochs))")
                }
                runUntilEpoch = trainer.epochs + epochs
                isPlaying = true
            case .watchGoal(let goal):
                watchedGoal = goal
                goalMetAt = nil
                goalEvaluation = nil
            case .setSpeed(let rate):
                try setPace(Pace(stepsPerSecond: rate))
            case .setPace(let new):
                try setPace(new)
            case .setWeight(let layer, let neuron, let input, let value):
                if let k = trainer.divergedAtStep { throw PlaygroundState.divergedError(k) }
                try trainer.setParameter(ParameterAddress(layer: layer, neuron: neuron, input: input), to: value)
            case .unknown:
                break
            }
            lastRejection = nil
        } catch {
            lastRejection = CommandRejection(sessionStep: sessionStep, kind: command.kind, message: error.message)
        }
        checkGoal()
    }

    /// Takes on `new`, rebuilding as little as the rules above allow.
    private mutating func configure(_ new: TrainingConfig) throws(InputError) {
        let old = config
        guard new != old else { return }
        if new.dataset != old.dataset || new.seed != old.seed {
            let dataset = try DatasetFactory.make(new, loaded: csvData(for: new))
            install(try PlaygroundState.freshTrainer(new, dataset: dataset, resetCount: resetCount))
            dataVersion += 1
        } else if Trainer.onlyLiveSettingsDiffer(old, new) && trainer.divergedAtStep == nil {
            try trainer.updateSettings(new)
            if new.patience != old.patience || new.minDelta != old.minDelta { restartEarlyStopping() }
        } else {
            try rebuildNetwork(new, resetCount: resetCount)
        }
    }

    /// A new network for `config` on the current points (including added ones).
    private mutating func rebuildNetwork(_ config: TrainingConfig, resetCount: Int) throws(InputError) {
        install(try PlaygroundState.freshTrainer(config, problem: trainer.problem, split: trainer.split,
                                                 resetCount: resetCount))
        self.resetCount = resetCount
    }

    private mutating func install(_ fresh: Trainer) {
        trainer = fresh
        startHistory()
    }

    private static func divergedError(_ step: Int) -> InputError {
        InputError("training diverged at step \(step): reset the weights or change a setting first")
    }

    /// A trainer on `dataset` (split by the config's seed and generation).
    static func freshTrainer(_ config: TrainingConfig, dataset: Dataset, resetCount: Int) throws(InputError) -> Trainer {
        var trainer = try Trainer(config: config, dataset: dataset)
        try drawWeights(&trainer, resetCount: resetCount)
        return trainer
    }

    /// A trainer on an existing split.
    static func freshTrainer(_ config: TrainingConfig, problem: Problem, split: DataSplit,
                             resetCount: Int) throws(InputError) -> Trainer {
        var trainer = try Trainer(config: config, problem: problem, split: split)
        try drawWeights(&trainer, resetCount: resetCount)
        return trainer
    }

    /// Sets the pace of `setSpeed` and `setPace` alike, checked by the one rule (`Pace.problem`).
    private mutating func setPace(_ new: Pace) throws(InputError) {
        if let problem = new.problem { throw InputError(problem) }
        pace = new
    }

    /// Reset 0 keeps the trainer's own weights (the seed's initialization stream, as
    /// `nnplay train` draws them); reset r > 0 draws from a stream derived from (seed, r).
    private static func drawWeights(_ trainer: inout Trainer, resetCount: Int) throws(InputError) {
        guard resetCount > 0 else { return }
        let config = trainer.config
        var random = RandomSource(seed: config.seed &+ UInt64(resetCount) &* 0xA076_1D64_78BD_642F,
                                  stream: .initialization)
        let network = Network(layout: trainer.network.layout, activation: config.activation, output: config.output,
                              initializer: config.initializer, random: &random)
        try trainer.load(parameters: network.parameters)
    }
}
