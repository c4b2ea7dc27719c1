import NNCore
import NNSession

/// A lesson open in the race screen (`lab: race`): the shared part (`LabLessonPane`:
/// the student's place, the pane's panel and scroll), every step's race as
/// `nnplay lesson check` starts it, and each variant's part of the goal as the engine
/// last judged it. The engine judges the goal: each variant watches its part
/// (`RaceLabCommand.variant(id:, .watchGoal)`), the race's goal is met once all have
/// met theirs (`RaceState.goalMoment`), and the race pauses there. A pure value inside
/// `RaceUIState`; the run loop saves `session.progress` whenever it changes.
package struct RaceLessonMode: Equatable, Sendable {
    /// One step's race: the variants (the lesson's `variant:` lines over the step's
    /// setup), what the step locks, its automatic run and its pace.
    package struct Step: Equatable, Sendable {
        package var variants: [Variant]
        package var locked: Set<LessonControl>
        package var autoRunEpochs: Int
        package var pace: Pace?

        package init(variants: [Variant], locked: Set<LessonControl>, autoRunEpochs: Int = 0, pace: Pace? = nil) {
            self.variants = variants
            self.locked = locked
            self.autoRunEpochs = autoRunEpochs
            self.pace = pace
        }
    }

    /// A variant of a step's race: its label (the `variant:` line) and settings.
    package struct Variant: Equatable, Sendable {
        package var name: String
        package var config: TrainingConfig
        /// What the goal's lines call it: `adam` for `optimizer=adam`, else the label.
        package var shortName: String

        package init(name: String, config: TrainingConfig) {
            self.name = name
            self.config = config
            shortName = (try? RaceVariant(parsing: name, source: "variant")).flatMap(RaceLessonLine.shortName) ?? name
        }
    }

    package var pane: LabLessonPane
    /// One race per step, in order.
    package let steps: [Step]
    /// Each variant's judgement of its part of the goal in the latest snapshot adopted
    /// (by position; nil before one, or for a variant without a part).
    package var evaluations: [LessonGoal.Evaluation?] = []

    package init(session: LessonSession, steps: [Step]) {
        precondition(steps.count == session.stepCount, "one race per step")
        pane = LabLessonPane(session: session)
        self.steps = steps
    }

    /// The mode for `lesson` (a race lesson) at the student's place in `progress`, each
    /// step resolved as `nnplay lesson check` resolves it; also the CSV points the steps
    /// use, if any. Throws what the checker would.
    package static func open(_ lesson: Lesson, progress: LessonProgress, data: LessonData) throws(InputError)
        -> (mode: RaceLessonMode, csv: Dataset?) {
        var steps: [Step] = []
        var csv: Dataset?
        for index in lesson.steps.indices {
            let rehearsal = try RaceLessonRehearsal(lesson: lesson, stepIndex: index, data: data)
            let setup = rehearsal.setup
            csv = csv ?? setup.csv
            steps.append(Step(variants: rehearsal.variants.map { Variant(name: $0.name, config: $0.config) },
                              locked: setup.lockedControls, autoRunEpochs: setup.autoRunEpochs, pace: setup.pace))
        }
        return (RaceLessonMode(session: LessonSession(lesson: lesson, progress: progress), steps: steps), csv)
    }

    /// The student's place in the lesson.
    package var session: LessonSession {
        get { pane.session }
        set { pane.session = newValue }
    }

    /// The current step's race.
    package var step: Step { steps[session.stepIndex] }

    /// The current step's goal (nil for a step without one).
    package var goal: LessonGoal? { session.step.goal }

    /// The part of the goal variant `index` watches (nil: none).
    package func goalPart(forVariant index: Int) -> LessonGoal? {
        goal.flatMap { RaceLessonRehearsal.goal($0, forVariant: index) }
    }

    /// The race at the current step's start: its variants, paused at step 0.
    package func startState(csv: Dataset? = nil) throws(InputError) -> RaceState {
        try RaceState(variants: step.variants.map { ($0.name, $0.config) }, csv: csv)
    }

    /// The commands that start the current step on a race already in its settings (the
    /// variants `ids`, in order): its pace, each variant's part of the goal, its automatic run.
    package func startCommands(ids: [Int]) -> [RaceLabCommand] {
        var commands: [RaceLabCommand] = step.pace.map { [.all(.setPace($0))] } ?? []
        commands += ids.indices.map { .variant(id: ids[$0], .watchGoal(goalPart(forVariant: $0))) }
        if step.autoRunEpochs > 0 { commands.append(.all(.run(epochs: step.autoRunEpochs))) }
        return commands
    }

    /// The commands that put the race of the variants `ids` (the lesson's, in order)
    /// into the current step, as `nnplay lesson check` starts it: paused, each variant
    /// restarted in its settings (the very points and weights the checker tried), then
    /// `startCommands`.
    package func entryCommands(ids: [Int]) -> [RaceLabCommand] {
        [.all(.pause)] + zip(ids, step.variants).map { .variant(id: $0, .restart($1.config)) } + startCommands(ids: ids)
    }

    /// Takes on how the engine judged the goal in `snapshot` (only once every variant
    /// watches its part of this step's goal, so a step is never judged by the one
    /// before) and records the moment it was met. Returns the note announcing it, or nil.
    package mutating func observe(_ snapshot: RaceSnapshot) -> String? {
        let variants = snapshot.variants
        guard variants.count == step.variants.count,
              variants.indices.allSatisfy({ variants[$0].snapshot.watchedGoal == goalPart(forVariant: $0) })
        else { return nil }
        evaluations = variants.map(\.snapshot.goalEvaluation)
        guard goal != nil,
              let moment = RaceState.goalMoment(variants.map { ($0.snapshot.watchedGoal != nil, $0.snapshot.goalMetAt) })
        else { return nil }
        return pane.goalMet(at: moment.epoch, unit: "epoch", sessionStep: moment.sessionStep)
    }

    /// What the lesson pane shows: one line per condition and variant it is about
    /// (`adam: test-accuracy >= 0.85`) with the variant's figure now, and the time limit.
    package var paneModel: LessonPaneModel {
        var lines: [LessonPaneModel.GoalLine] = []
        for (index, variant) in step.variants.enumerated() {
            guard let part = goalPart(forVariant: index) else { continue }
            let evaluation = evaluations.indices.contains(index) ? evaluations[index] : nil
            for (k, line) in part.conditions.enumerated() {
                let status = evaluation.flatMap { $0.conditions.indices.contains(k) ? $0.conditions[k] : nil }
                lines.append(LessonPaneModel.GoalLine(text: "\(variant.shortName): \(line.condition.text)",
                                                      current: status?.current ?? "-",
                                                      isMet: session.isGoalMet || status?.isMet == true))
            }
        }
        var model = pane.paneModel(goal: lines)
        if let limit = goal?.withinEpochs {
            let late = evaluations.contains { $0.map { !$0.inTime } ?? false }
            model.goalLimit = "within \(limit) epochs" + (late && !session.isGoalMet ? ": too late, x to try again" : "")
        }
        model.locked = step.locked.summary
        return model
    }
}
