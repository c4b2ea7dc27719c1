/// What changing a setting implies, each rule once, for every front end (the CLI's
/// flags, the panel, lessons and so replays). `TrainingConfig.applying` runs a
/// setting's rule right after writing its value; settings later in the table are
/// written after, so a value given explicitly always wins over an implied one.
enum Implications {
    /// Other points than before: the point count goes back to the dataset's own, and a
    /// test ratio still at the old dataset's default follows the new one's (0 for the
    /// gates, half otherwise) while a ratio the student chose stays. A new problem
    /// brings its natural output (see `fitOutput`).
    @Sendable static func newData(_ c: inout TrainingConfig, before: TrainingConfig,
                                  problem: ProblemOfData) throws(InputError) {
        if c.dataset.kind != before.dataset.kind || c.dataset.csvPath != before.dataset.csvPath {
            c.dataset.count = nil
            if c.dataset.testRatio == defaultTestRatio(before.dataset.kind) {
                c.dataset.testRatio = defaultTestRatio(c.dataset.kind)
            }
        }
        try fitOutput(&c, before: before, problem: problem)
    }

    /// Another problem than before (regression, or another number of classes): the
    /// natural output head (sigmoid, softmax or linear) and its natural loss.
    @Sendable static func fitOutput(_ c: inout TrainingConfig, before: TrainingConfig,
                                    problem: ProblemOfData) throws(InputError) {
        let new = try problem(c.dataset)
        guard new != (try problem(before.dataset)) else { return }
        c.output = OutputHead.natural(for: new)
        c.loss = c.output.naturalLoss
    }

    /// A new output head brings its natural loss (`loss`, later in the table, may say otherwise).
    @Sendable static func naturalLoss(_ c: inout TrainingConfig, before: TrainingConfig,
                                      problem: ProblemOfData) throws(InputError) {
        c.loss = c.output.naturalLoss
    }

    /// An optimizer kind means what it says: plain `sgd` has no momentum; `momentum`
    /// and `nesterov` turn momentum on (0.9) if it was off; Nesterov's look-ahead is
    /// on for `nesterov` only. `momentum` and `nesterov`, later in the table, may say
    /// otherwise.
    @Sendable static func optimizerKind(_ c: inout TrainingConfig, before: TrainingConfig,
                                        problem: ProblemOfData) throws(InputError) {
        let kind = c.optimizer.kind
        if kind == .sgd { c.optimizer.momentum = 0 }
        if (kind == .momentum || kind == .nesterov) && c.optimizer.momentum == 0 { c.optimizer.momentum = 0.9 }
        c.optimizer.nesterov = kind == .nesterov
    }

    /// The test ratio a dataset starts with: none for the logic gates, half otherwise.
    static func defaultTestRatio(_ kind: DatasetKind?) -> Double {
        kind?.defaultTestRatio ?? DatasetConfig().testRatio
    }
}
