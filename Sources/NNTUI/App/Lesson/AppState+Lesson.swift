import NNCore
import NNSession

/// The lesson keys, on top of the playground's (which all still work on unlocked
/// controls):
///
/// | key | does |
/// |---|---|
/// | `n` / `p` | next step (once the goal is met) / previous step |
/// | `h` | the next hint |
/// | `l` | the list of steps (↑ ↓ Enter to go to one, Esc to close); `L` is then the log-scale loss |
/// | `x` | start the step again (asks first) |
/// | `a` then a letter | answer the step's question (a `show: after-goal` one once the goal is met) |
/// | `j` / `k` | scroll the step's text |
extension AppState {
    /// Handles `event` if the lesson pane takes it (a lesson key, or any key while the
    /// step list or an answer is pending); nil leaves it to the playground.
    mutating func handleLesson(_ event: InputEvent) -> [Command]? {
        guard var lesson else { return nil }
        defer { self.lesson = lesson }
        switch lesson.panel {
        case .steps(let selection):
            switch event {
            case .up: lesson.panel = .steps(selection: max(0, selection - 1))
            case .down: lesson.panel = .steps(selection: min(lesson.session.stepCount - 1, selection + 1))
            case .escape, .character("l"): lesson.panel = .step
            case .enter:
                lesson.panel = .step
                guard selection != lesson.session.stepIndex else { return [] }
                guard lesson.session.go(to: selection) else {
                    message = "step \(selection + 1) opens once the goals before it are met"
                    return []
                }
                return enterStep(&lesson)
            default: break
            }
            return []
        case .answering:
            lesson.panel = .step
            guard case .character(let key) = event, let question = lesson.session.visibleQuestion else { return [] }
            guard let index = question.choiceIndex(forKey: key), let choice = lesson.session.answer(index) else {
                message = "no answer \(key): the choices are a to \(LessonQuestion.key(for: question.choices.count - 1))"
                return []
            }
            message = choice.isCorrect ? "✔ right" : "✖ not quite: see the feedback"
            return []
        case .step:
            break
        }
        guard case .character(let key) = event else { return nil }
        switch key {
        case "n":
            if lesson.session.canGoNext {
                let wasLast = lesson.session.stepIndex == lesson.session.stepCount - 1
                lesson.session.next()
                if wasLast {
                    message = "lesson finished: well done! (q quits, l lists the steps)"
                    return []
                }
                return enterStep(&lesson)
            }
            message = lesson.session.progress.finished ? "this was the last step"
                : "the goal of this step is not met yet (h for a hint)"
        case "p":
            guard lesson.session.previous() else {
                message = "this is the first step"
                return []
            }
            return enterStep(&lesson)
        case "h":
            if lesson.session.revealHint() != nil {
                message = "hint \(lesson.session.visibleHints.count) of \(lesson.session.step.hints.count)"
            } else {
                message = lesson.session.step.hints.isEmpty ? "this step has no hints" : "no more hints"
            }
        case "l": lesson.panel = .steps(selection: lesson.session.stepIndex)
        case "L": logScale.toggle()
        case "x":
            let number = lesson.session.stepIndex + 1
            confirmation = Confirmation(question: "Start step \(number) again, with its own settings and new weights?",
                                        config: lesson.setup.config,
                                        commands: lesson.entryCommands)
        case "a":
            guard let question = lesson.session.visibleQuestion else {
                message = lesson.session.hasPendingQuestion ? "the question opens once the goal is met"
                    : "this step asks no question"
                return []
            }
            lesson.panel = .answering
            message = "answer: press a to \(LessonQuestion.key(for: question.choices.count - 1)) (Esc cancels)"
        case "j": lesson.scroll += 3
        case "k": lesson.scroll = max(0, lesson.scroll - 3)
        default: return nil
        }
        return []
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
        guard var lesson, snapshot.watchedGoal == lesson.session.step.goal else { return }
        lesson.evaluation = snapshot.goalEvaluation
        lesson.epochName = snapshot.config.optimizer.kind.epochName
        if let moment = snapshot.goalMetAt,
           lesson.session.recordGoalMet(epoch: moment.epoch, sessionStep: moment.sessionStep) {
            let last = lesson.session.stepIndex == lesson.session.stepCount - 1
            let opened = lesson.session.step.question?.timing == .afterGoal
            message = "✔ goal met at \(lesson.epochName.singular) \(moment.epoch)! " + (opened ? "a answers the question, " : "")
                + (last ? "press n to finish the lesson" : "press n for the next step")
        }
        self.lesson = lesson
    }

    /// Why `new` may not be taken on in this step (a locked control), or nil.
    func lessonLockProblem(_ new: TrainingConfig) -> String? {
        guard let lesson else { return nil }
        let locked = lesson.lockedChanges(from: config, to: new)
        guard !locked.isEmpty else { return nil }
        return "this step locks " + locked.map(\.rawValue).joined(separator: ", ")
    }
}
