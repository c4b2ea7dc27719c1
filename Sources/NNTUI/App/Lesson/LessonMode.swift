import NNCore
import NNSession

/// A lesson open beside the playground: the student's place in it (`LessonSession`),
/// each step's settings, what the lesson pane shows, and how the goal stands now.
///
/// Part of `AppState`, so every lesson key is a pure function too (see
/// `AppState+Lesson.swift`); the run loop saves `session.progress` whenever it changes.
package struct LessonMode: Equatable, Sendable {
    /// A step's setup as the interface needs it (the data points stay with the engine).
    package struct StepSetup: Equatable, Sendable {
        package var config: TrainingConfig
        /// Epochs trained at once on entering the step, before the student takes over.
        package var autoRunEpochs: Int
        package var locked: Set<LessonControl>
        /// The CSV file the step's data come from, if any.
        package var csv: CSVChoice?
        /// The pace the step sets (`speed:`); nil keeps the student's.
        package var pace: Pace?

        package init(config: TrainingConfig, autoRunEpochs: Int = 0, locked: Set<LessonControl> = [],
                    csv: CSVChoice? = nil, pace: Pace? = nil) {
            self.config = config
            self.autoRunEpochs = autoRunEpochs
            self.locked = locked
            self.csv = csv
            self.pace = pace
        }

        package init(_ setup: LessonStepSetup) {
            self.init(config: setup.config, autoRunEpochs: setup.autoRunEpochs, locked: setup.lockedControls,
                      csv: setup.csv.map { CSVChoice(path: setup.config.dataset.csvPath, problem: $0.problem) },
                      pace: setup.pace)
        }
    }

    /// What the lesson pane shows.
    package enum Panel: Equatable, Sendable {
        /// The step: its text, goal, hints, explanation and question.
        case step
        /// The list of steps (`l`), with the highlighted one.
        case steps(selection: Int)
        /// Waiting for the letter of an answer (`a`).
        case answering
    }

    package var session: LessonSession
    /// One setup per step, in order.
    package var setups: [StepSetup]
    package var panel: Panel = .step
    /// Rows of the step's text scrolled past (`j`/`k`).
    package var scroll = 0
    /// The goal as it stands in the latest snapshot (nil without a goal, or before one).
    package var evaluation: LessonGoal.Evaluation?
    /// What the latest snapshot's optimizer calls an epoch (a generation under GA and
    /// CMA-ES), for the goal's `within` line.
    package var epochName = EpochName.epoch

    package init(session: LessonSession, setups: [StepSetup]) {
        precondition(setups.count == session.stepCount, "one setup per step")
        self.session = session
        self.setups = setups
    }

    /// The current step's setup.
    package var setup: StepSetup { setups[session.stepIndex] }

    /// The commands that put the engine into the current step: start over in its
    /// settings (the very points and weights `nnplay lesson check` tried the step
    /// with), its pace if it sets one, watch its goal, then its automatic run.
    package var entryCommands: [Command] {
        [.restart(setup.config)] + paceCommands + startCommands
    }

    /// The step's pace as a command (none when the step keeps the student's pace).
    package var paceCommands: [Command] {
        setup.pace.map { [.setPace($0)] } ?? []
    }

    /// The commands that start the current step on a playground already in its
    /// settings: watch its goal, then its automatic run.
    package var startCommands: [Command] {
        var commands: [Command] = [.watchGoal(session.step.goal)]
        if setup.autoRunEpochs > 0 { commands.append(.run(epochs: setup.autoRunEpochs)) }
        return commands
    }

    /// Takes on how the playground judged the step's goal in `snapshot` (only once it
    /// judges this step's goal, so a step is never judged by the one before). Returns the
    /// note announcing a goal met the moment it is, or nil.
    package mutating func observe(_ snapshot: Snapshot) -> String? {
        guard snapshot.watchedGoal == session.step.goal else { return nil }
        evaluation = snapshot.goalEvaluation
        epochName = snapshot.config.optimizer.kind.epochName
        guard let moment = snapshot.goalMetAt else { return nil }
        return session.announceGoalMet(at: moment.epoch, unit: epochName.singular, sessionStep: moment.sessionStep)
    }

    /// Why a change from `old` to `new` may not be taken on in this step (a locked
    /// control), or nil.
    package func lockProblem(from old: TrainingConfig, to new: TrainingConfig) -> String? {
        let locked = lockedChanges(from: old, to: new)
        return locked.isEmpty ? nil : Self.lockNote(locked)
    }

    /// The note when a change touches `locked` controls: `this step locks lr, l2`.
    package static func lockNote(_ locked: some Collection<LessonControl>) -> String {
        "this step locks " + locked.map(\.rawValue).sorted().joined(separator: ", ")
    }

    /// The locked controls that a change from `old` to `new` would touch.
    package func lockedChanges(from old: TrainingConfig, to new: TrainingConfig) -> [LessonControl] {
        LessonControl.changed(from: old, to: new).intersection(setup.locked).sorted { $0.rawValue < $1.rawValue }
    }
}
