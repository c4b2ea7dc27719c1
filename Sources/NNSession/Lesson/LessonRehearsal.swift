import NNCore

/// A step played headless, as a student would, on a `PlaygroundState` with no thread
/// and no clock: its setup, its automatic run, then its reference solution, with the
/// goal observed after every change and every epoch. `LessonChecker` judges the result.
public struct LessonRehearsal {
    /// What happened to the goal.
    public enum Outcome: Equatable, Sendable {
        /// Met at this epoch of the current network.
        case met(epoch: Int)
        /// Never met; the last observation shows how far it got.
        case missed(LessonEvaluationSnapshot)
    }

    public var lesson: Lesson
    public var stepIndex: Int
    public var data: LessonData
    /// Epochs trained after the solution's last line when the goal has no `within`.
    public var epochBudget: Int

    public init(lesson: Lesson, stepIndex: Int, data: LessonData, epochBudget: Int = 300) {
        self.lesson = lesson
        self.stepIndex = stepIndex
        self.data = data
        self.epochBudget = epochBudget
    }

    /// The state right after the step's setup, and the first epoch (0 = at once) at which
    /// `goal` was met during it or the automatic run; nil when it was not.
    public func afterSetup(goal: LessonGoal?) throws(InputError) -> (state: PlaygroundState, metAt: Int?) {
        let setup = try lesson.resolvedSetup(ofStep: stepIndex, data: data)
        var state = try setup.makeState()
        var metAt: Int?
        if let goal, goal.isMet(by: LessonObservation(state: state)) { metAt = 0 }
        for _ in 0..<setup.autoRunEpochs {
            let trained = state.trainEpoch()
            if metAt == nil, let goal, goal.isMet(by: LessonObservation(state: state)) { metAt = state.trainer.epochs }
            if !trained { break }
        }
        return (state, metAt)
    }

    /// Plays `solution` from `start` until `goal` is met or the budget runs out.
    /// Throws for a solution line that cannot be carried out (a locked control, a
    /// setting the playground refuses), located at that line.
    public func play(_ solution: LessonSolution, goal: LessonGoal, from start: PlaygroundState,
                     locked: Set<LessonControl>) throws(InputError) -> Outcome {
        var state = start
        var pending: [SettingChange] = []
        var pendingLine = solution.line
        func met() -> Bool { goal.isMet(by: LessonObservation(state: state)) }

        func flush() throws(InputError) -> Bool {
            guard !pending.isEmpty else { return false }
            defer { pending = [] }
            if let control = pending.map({ LessonControl($0.setting) }).first(where: locked.contains) {
                throw lesson.error("the solution changes '\(control.rawValue)', which this step locks", line: pendingLine)
            }
            let new: TrainingConfig
            do { new = try state.config.applying(pending, problem: data.problem(of:)) } catch {
                throw lesson.error(error.message, line: pendingLine)
            }
            if new.dataset.kind == nil && new.dataset.csvPath != state.config.dataset.csvPath {
                throw lesson.error("a solution cannot switch to CSV data; use the step's setup", line: pendingLine)
            }
            return try apply(.configure(new), at: pendingLine)
        }

        func apply(_ command: Command, at line: Int) throws(InputError) -> Bool {
            state.apply(command)
            if let rejection = state.lastRejection {
                throw lesson.error("the solution's change is refused: \(rejection.message)", line: line)
            }
            return met()
        }

        if met() { return .met(epoch: state.trainer.epochs) }
        for entry in solution.actions {
            switch entry.action {
            case .set(let setting):
                if pending.isEmpty { pendingLine = entry.line }
                pending.append(setting)
                continue
            case .run(let epochs):
                if try flush() { return .met(epoch: state.trainer.epochs) }
                for _ in 0..<epochs {
                    let trained = state.trainEpoch()
                    if met() { return .met(epoch: state.trainer.epochs) }
                    if !trained { break }
                }
            case .reset, .regenerate:
                if try flush() { return .met(epoch: state.trainer.epochs) }
                let command: Command = entry.action == .reset ? .resetWeights : .regenerateData
                if try apply(command, at: entry.line) { return .met(epoch: state.trainer.epochs) }
            }
        }
        if try flush() { return .met(epoch: state.trainer.epochs) }
        let limit = goal.withinEpochs ?? (state.trainer.epochs + epochBudget)
        while state.trainer.epochs < limit {
            let trained = state.trainEpoch()
            if met() { return .met(epoch: state.trainer.epochs) }
            if !trained { break }
        }
        return .missed(LessonEvaluationSnapshot(goal.evaluate(LessonObservation(state: state)), epoch: state.trainer.epochs))
    }
}

/// A goal's evaluation with the epoch it was made at, for "how far did it get" messages.
public struct LessonEvaluationSnapshot: Equatable, Sendable {
    public var evaluation: LessonGoal.Evaluation
    public var epoch: Int

    public init(_ evaluation: LessonGoal.Evaluation, epoch: Int) {
        self.evaluation = evaluation
        self.epoch = epoch
    }

    /// `at epoch 300: test-loss 0.31, activation tanh` (the conditions not met).
    public var text: String {
        let unmet = evaluation.conditions.filter { !$0.isMet }
        let parts = unmet.map { "\($0.condition.text.split(separator: " ").first ?? "") \($0.current)" }
        return "at epoch \(epoch): " + (parts.isEmpty ? "too late" : parts.joined(separator: ", "))
    }
}
