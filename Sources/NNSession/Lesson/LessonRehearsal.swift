import NNCore

/// A step played as a student would: its setup, its automatic run, then its reference
/// solution, on any `RehearsalPlayground` (headless for `nnplay lesson check`). The goal
/// is watched with `Command.watchGoal`, exactly as the live playground watches it, so
/// it is judged after every command, at the end of every epoch and at the step that
/// diverges, and training pauses the moment it is met. `LessonChecker` judges the result.
package struct LessonRehearsal {
    /// What happened to the goal.
    package enum Outcome: Equatable, Sendable {
        /// Met at this moment (epoch of the current network, session step).
        case met(GoalMoment)
        /// Never met; the last observation shows how far it got.
        case missed(LessonEvaluationSnapshot)
    }

    package var lesson: Lesson
    package var stepIndex: Int
    package var data: LessonData
    /// Epochs trained after the solution's last line when the goal has no `within`.
    package var epochBudget: Int
    /// The step's setup, resolved once (resolving reads the lesson's CSV files).
    package let setup: LessonStepSetup

    /// Throws when the step's setup cannot be resolved (a missing CSV file, say).
    package init(lesson: Lesson, stepIndex: Int, data: LessonData, epochBudget: Int = 300) throws(InputError) {
        self.lesson = lesson
        self.stepIndex = stepIndex
        self.data = data
        self.epochBudget = epochBudget
        setup = try lesson.resolvedSetup(ofStep: stepIndex, data: data)
    }

    /// A headless playground in the step's setup (the points and weights the live
    /// playground's `restart` gives).
    package func startState() throws(InputError) -> PlaygroundState {
        try setup.makeState()
    }

    /// Starts the step on `playground` (already in the step's setup) as the live
    /// playground does: watch `goal`, then the automatic run. Returns when the goal was
    /// met during that, if it was (it should not be: the student has nothing to do).
    package func enter<P: RehearsalPlayground>(_ playground: inout P, goal: LessonGoal?) -> GoalMoment? {
        playground.apply(.watchGoal(goal))
        if let met = playground.goalMetAt { return met }
        if setup.autoRunEpochs > 0 {
            playground.apply(.run(epochs: setup.autoRunEpochs))
            playground.trainUntilPaused()
        }
        return playground.goalMetAt
    }

    /// Plays `solution` on `playground` (entered with `enter`) until the goal is met or
    /// the budget runs out. Throws for a solution line that cannot be carried out (a
    /// locked control, a setting with no control on the screen, a setting the
    /// playground refuses), located at that line.
    package func play<P: RehearsalPlayground>(_ solution: LessonSolution, goal: LessonGoal, on playground: inout P,
                                             locked: Set<LessonControl>) throws(InputError) -> Outcome {
        var pending: [SettingChange] = []
        var pendingLine = solution.line

        func flush() throws(InputError) {
            guard !pending.isEmpty else { return }
            defer { pending = [] }
            if let control = pending.map({ LessonControl($0.setting) }).first(where: locked.contains) {
                throw lesson.error("the solution changes '\(control.rawValue)', which this step locks", line: pendingLine)
            }
            let new: TrainingConfig
            do { new = try playground.config.applying(pending, problem: data.problem(of:)) } catch {
                throw lesson.error(error.message, line: pendingLine)
            }
            if let change = pending.first(where: { !$0.setting.isReachable(in: new) }) {
                throw lesson.error(LessonChecker.unreachable(change.setting, by: "the solution"), line: pendingLine)
            }
            if new.dataset.kind == nil && new.dataset.csvPath != playground.config.dataset.csvPath {
                throw lesson.error("a solution cannot switch to CSV data; use the step's setup", line: pendingLine)
            }
            try apply(.configure(new), at: pendingLine)
        }

        func apply(_ command: Command, at line: Int) throws(InputError) {
            playground.apply(command)
            if let rejection = playground.lastRejection {
                throw lesson.error("the solution's change is refused: \(rejection.message)", line: line)
            }
        }

        /// Trains `epochs` more epochs (paused early by the goal or divergence).
        func run(_ epochs: Int) {
            guard epochs > 0, playground.divergedAtStep == nil else { return }
            playground.apply(.run(epochs: min(epochs, PlaygroundState.maxRunEpochs)))
            playground.trainUntilPaused()
        }

        if let met = playground.goalMetAt { return .met(met) }
        for entry in solution.actions {
            switch entry.action {
            case .set(let setting):
                if pending.isEmpty { pendingLine = entry.line }
                pending.append(setting)
                continue
            case .run(let epochs):
                try flush()
                if let met = playground.goalMetAt { return .met(met) }
                run(epochs)
            case .reset, .regenerate:
                try flush()
                if let met = playground.goalMetAt { return .met(met) }
                try apply(entry.action == .reset ? .resetWeights : .regenerateData, at: entry.line)
            }
            if let met = playground.goalMetAt { return .met(met) }
        }
        try flush()
        if let met = playground.goalMetAt { return .met(met) }
        let limit = goal.withinEpochs ?? (playground.epochs + epochBudget)
        run(limit - playground.epochs)
        if let met = playground.goalMetAt { return .met(met) }
        // `enter` watched the goal, and every command (`watchGoal` included) judges the
        // watched goal at once (`PlaygroundState.checkGoal`), so an evaluation is always there.
        return .missed(LessonEvaluationSnapshot(playground.goalEvaluation!, epoch: playground.epochs))
    }
}

/// A goal's evaluation with the epoch it was made at, for "how far did it get" messages.
package struct LessonEvaluationSnapshot: Equatable, Sendable {
    package var evaluation: LessonGoal.Evaluation
    package var epoch: Int

    package init(_ evaluation: LessonGoal.Evaluation, epoch: Int) {
        self.evaluation = evaluation
        self.epoch = epoch
    }

    /// `at epoch 300: test-loss 0.31, activation tanh` (the conditions not met).
    package var text: String {
        let unmet = evaluation.conditions.filter { !$0.isMet }
        let parts = unmet.map { "\($0.condition.text.split(separator: " ").first ?? "") \($0.current)" }
        return "at epoch \(epoch): " + (parts.isEmpty ? "too late" : parts.joined(separator: ", "))
    }
}
