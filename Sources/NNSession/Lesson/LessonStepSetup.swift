import NNCore

/// A step's setup resolved into what the playground needs: the configuration (checked),
/// the CSV points if it uses a file, the locked controls and the automatic run.
package struct LessonStepSetup: Sendable {
    package var config: TrainingConfig
    /// The points of a CSV dataset (nil for a built-in one).
    package var csv: Dataset?
    /// Epochs to train at once, before the student takes over.
    package var autoRunEpochs: Int
    package var lockedControls: Set<LessonControl>
    /// The pace the step trains at on screen (`speed: 10`); nil keeps the student's. Not
    /// part of `config`: a pace never changes what is computed (`Setting.Scope.pace`).
    package var pace: Pace?

    package init(config: TrainingConfig, csv: Dataset?, autoRunEpochs: Int, lockedControls: Set<LessonControl>,
                 pace: Pace? = nil) {
        self.config = config
        self.csv = csv
        self.autoRunEpochs = autoRunEpochs
        self.lockedControls = lockedControls
        self.pace = pace
    }

    /// A fresh playground in this setup (paused, at step 0): exactly the state
    /// `nnplay lesson check` starts from. A running engine gets there with
    /// `Command.restart(config)` (the same points and weights).
    package func makeState() throws(InputError) -> PlaygroundState {
        try PlaygroundState(config: config, csv: csv)
    }

    /// Whether the student may change `control` in this step.
    package func isLocked(_ control: LessonControl) -> Bool {
        lockedControls.contains(control)
    }
}

extension Lesson {
    /// Step `index`'s setup: `TrainingConfig()`, then the lesson's setup, then the
    /// step's; checked by `TrainingConfig.validate`. Errors point at the setup block.
    /// The pace is the step's `speed`, else the lesson's, else none.
    package func resolvedSetup(ofStep index: Int, data: LessonData) throws(InputError) -> LessonStepSetup {
        let step = steps[index]
        var config = TrainingConfig()
        var locks = Set<LessonControl>()
        var problem = Problem.classification(classes: 2)
        var pace: Pace?
        for setup in [setup, step.setup].compactMap({ $0 }) {
            pace = setup.values.pace ?? pace
            do throws(InputError) {
                config = try config.applying(setup.values, problem: data.problem(of:))
                problem = try data.problem(of: config.dataset)
                try config.validate(for: problem)
            } catch {
                throw self.error(error.message, line: setup.line)
            }
            locks = setup.lockedControls(inheriting: locks)
        }
        let csv: Dataset?
        do { csv = try data.csv(for: config.dataset) } catch { throw self.error(error.message, line: step.setup?.line ?? step.line) }
        return LessonStepSetup(config: config, csv: csv, autoRunEpochs: step.setup?.autoRunEpochs ?? 0,
                               lockedControls: locks, pace: pace)
    }
}
