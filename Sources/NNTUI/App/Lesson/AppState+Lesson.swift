import NNCore
import NNSession

/// The lesson keys (`LessonKeys`, shared with the labs: `n` `p` `h` `l` `x` `a` `j` `k`)
/// on top of the playground's, which all still work on unlocked controls; `l` being the
/// list of steps, the log-scale loss is `L`, and `x` asks before it starts the step again.
extension AppState {
    /// Handles `event` if the lesson pane takes it (a lesson key, or any key while the
    /// step list or an answer is pending); nil leaves it to the playground.
    mutating func handleLesson(_ event: InputEvent) -> [Command]? {
        guard var lesson else { return nil }
        defer { self.lesson = lesson }
        if lesson.panel == .step, event == .character("L") {
            logScale.toggle()
            return []
        }
        var note: String?
        let outcome = LessonKeys.handle(event, session: &lesson.session, panel: &lesson.panel, scroll: &lesson.scroll,
                                        message: &note)
        if let note { message = note }
        switch outcome {
        case nil: return nil
        case .handled: return []
        case .enterStep: return enterStep(&lesson)
        case .restartStep:
            let number = lesson.session.stepIndex + 1
            confirmation = Confirmation(question: "Start step \(number) again, with its own settings and new weights?",
                                        config: lesson.setup.config,
                                        commands: lesson.entryCommands)
            return []
        }
    }

    /// Shows the step `lesson` is now on and returns the commands that set it up.
    mutating func enterStep(_ lesson: inout LessonMode) -> [Command] {
        lesson.panel = .step
        lesson.scroll = 0
        lesson.evaluation = nil
        let commands = lesson.entryCommands
        addedPoints = 0
        confirmation = nil
        editing = nil
        isPlaying = lesson.setup.autoRunEpochs > 0
        divergedAtStep = nil
        config = lesson.setup.config
        if let stepPace = lesson.setup.pace { pace = stepPace }
        if let stepCSV = lesson.setup.csv { csv = stepCSV }
        keepFocusVisible()
        message = "\(lesson.session.positionText): \(lesson.session.step.title)"
        return commands
    }

    /// Takes on how the playground judged the step's goal (it checks it after every
    /// command and epoch: `Command.watchGoal`). Call it once the engine has applied
    /// every command sent, so that a step is never judged by the one before. Announces
    /// a goal met the moment it is.
    package mutating func observeLesson(_ snapshot: Snapshot) {
        guard var lesson else { return }
        if let note = lesson.observe(snapshot) { message = note }
        self.lesson = lesson
    }

    /// Why `new` may not be taken on in this step (a locked control), or nil.
    func lessonLockProblem(_ new: TrainingConfig) -> String? {
        lesson?.lockProblem(from: config, to: new)
    }
}
