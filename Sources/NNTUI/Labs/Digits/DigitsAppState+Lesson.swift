import NNCore
import NNSession

/// A lesson open in the digits lab (`lab: digits`): its pane takes the settings' place
/// on the left (the settings then open in the middle, as on a small screen), and the
/// lesson's keys (`LessonKeys`, shared with the playground and the landscape lab: `n`
/// `p` `h` `a` `l` `x` `j` `k`) work on top of the lab's.
///
/// Steps start as in the playground (`LessonMode.entryCommands`: the step's settings,
/// its goal watched by the engine, its automatic run), so `nnplay lesson check` and the
/// lab agree on every step.
extension DigitsAppState {
    /// Handles a lesson key; nil leaves `event` to the lab.
    mutating func handleLesson(_ event: InputEvent) -> [Command]? {
        guard var lesson else { return nil }
        defer { self.lesson = lesson }
        var note: String?
        let outcome = LessonKeys.handle(event, session: &lesson.session, panel: &lesson.panel, scroll: &lesson.scroll,
                                        message: &note)
        if let note { message = note }
        switch outcome {
        case nil: return nil
        case .handled: return []
        case .enterStep, .restartStep: return enterStep(&lesson)
        }
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
        guard var lesson else { return }
        if let note = lesson.observe(snapshot) { message = note }
        self.lesson = lesson
    }

    /// Why `new` may not be taken on in this step (a locked control), or nil.
    func lessonLockProblem(_ new: TrainingConfig) -> String? {
        lesson?.lockProblem(from: config, to: new)
    }
}
