import NNCore

/// Everything the playground is doing, as one pure value: the data, the trainer and
/// its network, play/pause and speed, the loss history, divergence and counters.
///
/// No threads, no clocks, no I/O: the same initial state and the same sequence of
/// (session step, command) pairs give bit-identical parameters, whether the commands
/// come from a student through the `Engine`'s thread or from a session file
/// (`replay`). Changes happen only through `apply(_:)` (see
/// `PlaygroundState+Commands.swift` for what each command rebuilds) and `step()`.
package struct PlaygroundState: Sendable {
    /// The network, its optimizer and the train/test split it works on.
    package internal(set) var trainer: Trainer
    /// The points read from a CSV file at the start, used whenever
    /// `config.dataset.kind` is nil (regenerating then only draws a new split).
    package let csvDataset: Dataset?
    /// Further CSV datasets by the `csvPath` a configuration names them with (a lesson
    /// whose steps use several files); `configure` and `restart` can switch to these.
    package let otherCSV: [String: Dataset]
    /// Steps trained since the session began, across every rebuild and reset: the
    /// clock that logged commands and checkpoints are keyed to. (`trainer.steps`
    /// counts the current network's steps and starts again at each rebuild.)
    package internal(set) var sessionStep = 0
    /// Whether the engine trains continuously. A new state starts paused.
    package internal(set) var isPlaying = false
    /// The epoch (of the current network) at which a `run` command pauses; nil when
    /// playing continuously or paused.
    package internal(set) var runUntilEpoch: Int?
    /// The lesson goal checked after every command and epoch (`Command.watchGoal`).
    package internal(set) var watchedGoal: LessonGoal?
    /// How the watched goal stood at the last check.
    package internal(set) var goalEvaluation: LessonGoal.Evaluation?
    /// When the watched goal was first met; nil until then.
    package internal(set) var goalMetAt: GoalMoment?
    /// The longest `run` accepted.
    package static let maxRunEpochs = 1_000_000
    /// How fast the engine trains while playing (`Command.setPace`, `setSpeed`). A new
    /// state goes as fast as possible; the terminal playground starts at the pace of
    /// `--speed` (`Pace.watchable` by default) by setting it before its engine starts.
    /// Pacing never changes what is computed, so setting it directly is safe.
    package var pace: Pace = .max
    /// The pace in steps per second at the current steps per epoch; nil for as fast as possible.
    package var stepsPerSecond: Int? { pace.stepRate(stepsPerEpoch: trainer.stepsPerEpoch) }
    /// Train and test loss of the current network, bounded and evenly spaced.
    package internal(set) var lossHistory: LossHistory
    /// How many times the weights were reset: reset r draws its weights from a stream
    /// derived from (seed, r), so every reset is new and a replay reproduces it.
    package internal(set) var resetCount = 0
    /// Increases with every step and every applied command: a UI can skip drawing when
    /// the version it drew last is still current.
    package internal(set) var version = 0
    /// Increases whenever the points change (new data, a new split, an added point).
    package internal(set) var dataVersion = 0
    /// Why the most recent command was refused; nil after one that succeeded.
    package internal(set) var lastRejection: CommandRejection?
    /// The most points a loss history holds (see `LossHistory`).
    package let historyCapacity: Int
    /// Early stopping's rule for the current network (`PlaygroundState+EarlyStopping`):
    /// nil when the configuration has no patience.
    package internal(set) var earlyStopping: EarlyStopping?
    /// The epoch (of the current network) at which early stopping last paused training;
    /// nil until it does and again once training goes on (the rule's own stopped epoch).
    package var stoppedEarlyAt: Int? { earlyStopping?.stoppedEpoch }

    /// The playground for `config` (paused, at step 0). `csv` must be given when the
    /// config names no built-in dataset. Throws for an invalid config or missing data.
    package init(config: TrainingConfig, csv: Dataset? = nil, otherCSV: [String: Dataset] = [:],
                historyCapacity: Int = 256) throws(InputError) {
        let dataset = try DatasetFactory.make(config, loaded: csv)
        trainer = try PlaygroundState.freshTrainer(config, dataset: dataset, resetCount: 0)
        csvDataset = csv
        self.otherCSV = otherCSV
        self.historyCapacity = historyCapacity
        lossHistory = LossHistory(interval: 1, capacity: historyCapacity)
        startHistory()
    }

    /// The CSV points `config` trains on: the file it names among `otherCSV`, or else
    /// the session's own CSV data.
    package func csvData(for config: TrainingConfig) -> Dataset? {
        guard config.dataset.kind == nil, let path = config.dataset.csvPath, let other = otherCSV[path] else {
            return csvDataset
        }
        return other
    }

    /// The settings in force.
    package var config: TrainingConfig { trainer.config }

    /// Classification with K classes, or regression.
    package var problem: Problem { trainer.problem }

    /// One training step on the next batch, whether playing or not (the engine calls
    /// it while playing; `.step` and a replay call it too). Records the loss history
    /// when an epoch that is due completes, and shows every completed epoch to early
    /// stopping, which may restore the best weights and pause (here, so that a replay
    /// stops at the same step with the same bits). Returns false (and pauses) once
    /// diverged; the step that diverges pauses as well.
    @discardableResult
    package mutating func step() -> Bool {
        let epochs = trainer.epochs
        guard trainer.step() else {
            pauseIfPlaying()
            return false
        }
        sessionStep += 1
        version += 1
        let diverged = trainer.divergedAtStep != nil
        if diverged { pauseIfPlaying() }
        // The validation loss the history records is the one early stopping is shown:
        // measured once (a forward pass over the validation points).
        var validationLoss: Double?
        if trainer.epochs != epochs && lossHistory.isDue(epoch: trainer.epochs) { validationLoss = recordLoss() }
        if trainer.epochs != epochs && !diverged { observeEarlyStopping(validationLoss: validationLoss) }
        // A step that diverges ends training mid-epoch, so it is a moment to judge the
        // goal too (a `diverged` goal would otherwise wait for an epoch that never ends).
        if trainer.epochs != epochs || diverged { checkGoal() }
        if let target = runUntilEpoch, trainer.epochs >= target {
            runUntilEpoch = nil
            pauseIfPlaying()
        }
        return true
    }

    /// The figures of the network now (a full pass over the training and test points).
    package func metrics() -> LiveMetrics {
        LiveMetrics(trainer: trainer, sessionStep: sessionStep)
    }

    /// What the UI draws: this state with `metrics` (measured now if nil), the
    /// engine's measured speed and the pictures of the network, if any.
    package func snapshot(metrics: LiveMetrics? = nil, epochsPerSecond: Double = 0,
                         pictures: NetworkPictures? = nil) -> Snapshot {
        Snapshot(state: self, metrics: metrics ?? self.metrics(), epochsPerSecond: epochsPerSecond,
                 pictures: pictures)
    }

    /// Starts a new history (and early-stopping rule) for the current network with its
    /// point at epoch 0.
    mutating func startHistory() {
        restartEarlyStopping()
        let interval = PlaygroundState.historyInterval(points: trainer.trainInputs.count + trainer.testInputs.count)
        lossHistory = LossHistory(interval: interval, capacity: historyCapacity)
        recordLoss()
    }

    /// Records the losses now in the history; returns the validation loss (nil without
    /// validation points).
    @discardableResult
    private mutating func recordLoss() -> Double? {
        let losses = LiveMetrics.losses(trainer)
        lossHistory.record(LossHistory.Point(epoch: trainer.epochs, step: trainer.steps,
                                             trainLoss: losses.train, testLoss: losses.test,
                                             validationLoss: losses.validation))
        return losses.validation
    }

    mutating func pauseIfPlaying() {
        if isPlaying {
            isPlaying = false
            version += 1
        }
    }

    /// Epochs between the first loss-history points of a network measured on `points`
    /// points (training and test): 1 for up to 500 points (TensorFlow Playground's
    /// datasets), then the power of two at or above points / 500. Measuring costs
    /// about as much per point as an epoch of training, so measuring every epoch at
    /// first is cheap for small datasets, and halving (see `LossHistory`) soon makes it
    /// rarer; a large dataset starts sparser so that its first seconds of training are
    /// not spent measuring. Depends only on the number of points: deterministic.
    static func historyInterval(points: Int) -> Int {
        var interval = 1
        while interval * 500 < points { interval *= 2 }
        return interval
    }
}
