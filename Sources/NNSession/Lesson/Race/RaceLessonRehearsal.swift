import NNCore

/// A race lesson's step played headless, as `LessonRehearsal` plays a playground's:
/// the step's setup as a `RaceState` (one playground per `variant:` line), its
/// automatic run, then its reference solution, in lockstep. Each variant watches the
/// goal's conditions on it (`Command.watchGoal`, the playground's own path), so a
/// variant stops at its finish line; the race's goal is met once every variant with
/// conditions has met them.
package struct RaceLessonRehearsal {
    package enum Outcome: Equatable, Sendable {
        /// Met when the last variant crossed its finish line.
        case met(GoalMoment)
        /// Never met: how far each variant got (`optimizer=sgd: test-accuracy 0.81`).
        case missed(String)
    }

    package var lesson: Lesson
    package var data: LessonData
    /// Epochs trained after the solution's last line when the goal has no `within`.
    package var epochBudget: Int
    /// The step's setup (the base every variant changes), resolved once.
    package let setup: LessonStepSetup
    package let variants: [(name: String, config: TrainingConfig)]

    package init(lesson: Lesson, stepIndex: Int, data: LessonData, epochBudget: Int = 300) throws(InputError) {
        self.lesson = lesson
        self.data = data
        self.epochBudget = epochBudget
        setup = try lesson.resolvedSetup(ofStep: stepIndex, data: data)
        variants = try lesson.raceVariants(over: setup, data: data)
    }

    /// The race paused at step 0: the state `nnplay lesson check` starts from.
    package func startState() throws(InputError) -> RaceState {
        do { return try RaceState(variants: variants, csv: setup.csv) } catch {
            throw lesson.error(error.message, line: lesson.setup?.line)
        }
    }

    /// The part of `goal` about variant `index`: its own conditions and those on every
    /// variant, as a goal of that variant alone (no line names a variant: it reads and
    /// writes as a playground's goal, so a recording replays it as it was); nil when
    /// none is about it.
    package static func goal(_ goal: LessonGoal, forVariant index: Int) -> LessonGoal? {
        let lines = goal.conditions.filter { $0.variant == nil || $0.variant == index }
            .map { LessonGoal.Line($0.condition, line: $0.line) }
        return lines.isEmpty ? nil : LessonGoal(conditions: lines, withinEpochs: goal.withinEpochs, line: goal.line)
    }

    /// Watches `goal` on every variant, then the automatic run. Returns when the goal
    /// was met during that, if it was (it should not be).
    package func enter(_ race: inout RaceState, goal: LessonGoal) -> GoalMoment? {
        for i in race.entrants.indices {
            race.apply(.variant(id: race.entrants[i].id, .watchGoal(Self.goal(goal, forVariant: i))))
        }
        if let met = race.goalMetAt { return met }
        if setup.autoRunEpochs > 0 { run(setup.autoRunEpochs, on: &race) }
        return race.goalMetAt
    }

    /// Plays `solution` on `race` (entered with `enter`) until the goal is met or the
    /// budget runs out; throws, at its line, for a solution line that cannot be carried out.
    package func play(_ solution: LessonSolution, goal: LessonGoal, on race: inout RaceState,
                      locked: Set<LessonControl>) throws(InputError) -> Outcome {
        var pending: [SettingChange] = []
        var pendingLine = solution.line
        var pendingVariant: Int?

        func flush() throws(InputError) {
            guard !pending.isEmpty else { return }
            defer { pending = [] }
            if let control = pending.map({ LessonControl($0.setting) }).first(where: locked.contains) {
                throw lesson.error("the solution changes '\(control.rawValue)', which this step locks", line: pendingLine)
            }
            for i in pendingVariant.map({ [$0] }) ?? Array(race.entrants.indices) {
                let new: TrainingConfig
                do { new = try race.entrants[i].config.applying(pending, problem: data.problem(of:)) } catch {
                    throw lesson.error(error.message, line: pendingLine)
                }
                if let change = pending.first(where: { !$0.setting.isReachable(in: new) }) {
                    throw lesson.error(LessonChecker.unreachable(change.setting, by: "the solution"), line: pendingLine)
                }
                try apply(.variant(id: race.entrants[i].id, .configure(new)), at: pendingLine)
            }
        }

        func apply(_ command: RaceLabCommand, at line: Int) throws(InputError) {
            race.apply(command)
            if let rejection = race.lastRejection {
                throw lesson.error("the solution's change is refused: \(rejection.message)", line: line)
            }
        }

        for entry in solution.actions {
            if let met = race.goalMetAt { return .met(met) }
            if case .set(let setting) = entry.action {
                if !pending.isEmpty && pendingVariant != entry.variant { try flush() }
                if pending.isEmpty { pendingLine = entry.line; pendingVariant = entry.variant }
                pending.append(setting)
                continue
            }
            try flush()
            if let met = race.goalMetAt { return .met(met) }
            switch entry.action {
            case .run(let epochs): run(epochs, on: &race)
            case .reset: try apply(.all(.resetWeights), at: entry.line)
            case .regenerate: try apply(.all(.regenerateData), at: entry.line)
            case .set: break
            }
        }
        try flush()
        if let met = race.goalMetAt { return .met(met) }
        let epochs = race.entrants.map(\.playground.trainer.epochs).max() ?? 0
        run((goal.withinEpochs ?? (epochs + epochBudget)) - epochs, on: &race)
        if let met = race.goalMetAt { return .met(met) }
        return .missed(Self.standings(race, goal: goal))
    }

    /// Trains every variant `epochs` more epochs, in lockstep, until the race is met or
    /// every variant has paused (its run's end, its goal met, divergence). A variant past
    /// its finish line (its goal met) stays there: its figures are those it met the goal with.
    private func run(_ epochs: Int, on race: inout RaceState) {
        guard epochs > 0 else { return }
        race.apply(.all(.run(epochs: min(epochs, PlaygroundState.maxRunEpochs))))
        for i in race.entrants.indices where race.entrants[i].playground.goalMetAt != nil {
            race.entrants[i].playground.apply(.pause)
        }
        while race.isPlaying && race.goalMetAt == nil { race.step() }
    }

    /// How each variant stands on the goal's figures: `optimizer=sgd: test-accuracy 0.81
    /// at epoch 40` (a variant without conditions of its own is measured on all of them).
    package static func standings(_ race: RaceState, goal: LessonGoal) -> String {
        race.entrants.map { entrant -> String in
            let state = entrant.playground
            let evaluation = state.goalEvaluation ?? goal.evaluate(
                LessonObservation(state: state, measuring: goal.needsMeasuring, flowing: goal.needsGradientFlow))
            let figures = evaluation.conditions.map { "\($0.condition.text.split(separator: " ").first ?? "") \($0.current)" }
            let when = state.goalMetAt.map { "met at epoch \($0.epoch)" }
                ?? (state.watchedGoal == nil ? "at epoch \(state.trainer.epochs), no goal" : "at epoch \(state.trainer.epochs)")
            return "\(entrant.name): " + figures.joined(separator: ", ") + " " + when
        }.joined(separator: "; ")
    }
}
