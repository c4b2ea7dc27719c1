import NNCore
import NNSession

/// A lesson open in the digits lab (`lab: digits`): its pane takes the settings' place
/// on the left (the settings then open in the middle, as on a small screen), and the
/// lesson's keys work on top of the lab's:
///
/// | key | does |
/// |---|---|
/// | `n` / `p` | next step (once the goal is met) / previous step |
/// | `h` | the next hint |
/// | `a` then a letter | answer the step's question |
/// | `l` | the list of steps (↑ ↓ Enter to go to one, Esc to close) |
/// | `x` | start the step again (its settings, new weights) |
/// | `j` / `k` | scroll the step's text |
///
/// Steps start as in the playground (`LessonMode.entryCommands`: the step's settings,
/// its goal watched by the engine, its automatic run), so `nnplay lesson check` and the
/// lab agree on every step.
extension DigitsAppState {
    /// Handles a lesson key; nil leaves `event` to the lab.
    mutating func handleLesson(_ event: InputEvent) -> [Command]? {
        guard var lesson else { return nil }
        defer { self.lesson = lesson }
        if case .steps(let selection) = lesson.panel {
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
        }
        if lesson.panel == .answering {
            lesson.panel = .step
            guard case .character(let key) = event, let question = lesson.session.visibleQuestion else { return [] }
            guard let index = question.choiceIndex(forKey: key), let choice = lesson.session.answer(index) else {
                message = "no answer \(key): the choices are a to \(LessonQuestion.key(for: question.choices.count - 1))"
                return []
            }
            message = choice.isCorrect ? "✔ right" : "✖ not quite: see the feedback"
            return []
        }
        guard case .character(let key) = event else { return nil }
        switch key {
        case "n":
            guard lesson.session.canGoNext else {
                message = lesson.session.progress.finished ? "this was the last step"
                    : "the goal of this step is not met yet (h for a hint)"
                return []
            }
            let wasLast = lesson.session.stepIndex == lesson.session.stepCount - 1
            lesson.session.next()
            if wasLast {
                message = "lesson finished: well done! (q quits)"
                return []
            }
            return enterStep(&lesson)
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
        case "a":
            guard let question = lesson.session.visibleQuestion else {
                message = lesson.session.hasPendingQuestion ? "the question opens once the goal is met"
                    : "this step asks no question"
                return []
            }
            lesson.panel = .answering
            message = "answer: press a to \(LessonQuestion.key(for: question.choices.count - 1)) (Esc cancels)"
        case "l": lesson.panel = .steps(selection: lesson.session.stepIndex)
        case "x": return enterStep(&lesson)
        case "j": lesson.scroll += 3
        case "k": lesson.scroll = max(0, lesson.scroll - 3)
        default: return nil
        }
        return []
    }

    /// Shows the step `lesson` is now on and returns the commands that set it up.
    private mutating func enterStep(_ lesson: inout LessonMode) -> [Command] {
        lesson.panel = .step
        lesson.scroll = 0
        lesson.evaluation = nil
        editing = nil
        config = lesson.setup.config
        isPlaying = lesson.setup.autoRunEpochs > 0
        if let stepPace = lesson.setup.pace { pace = stepPace }
        message = "\(lesson.session.positionText): \(lesson.session.step.title)"
        return lesson.entryCommands
    }

    /// Takes on how the engine judged the step's goal; announces a goal met the moment it is.
    mutating func observeLesson(_ snapshot: Snapshot) {
        guard var lesson, snapshot.watchedGoal == lesson.session.step.goal else { return }
        lesson.evaluation = snapshot.goalEvaluation
        if let moment = snapshot.goalMetAt,
           lesson.session.recordGoalMet(epoch: moment.epoch, sessionStep: moment.sessionStep) {
            let last = lesson.session.stepIndex == lesson.session.stepCount - 1
            let opened = lesson.session.step.question?.timing == .afterGoal
            message = "✔ goal met at epoch \(moment.epoch)! " + (opened ? "a answers the question, " : "")
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
