import NNCore
import NNSession

/// The lesson keys in the curve lab (`LessonKeys`, the playground's): `n` `p` `h` `l`
/// `x` `a` `j` `k`, none of which the lab uses. A step starts as `nnplay lesson check`
/// starts it: the lab turned into the step's settings by commands, descent and network
/// restarted, the goal watched by the engine (`CurvesLessonMode.entryCommands`), so a
/// recording replays it.
extension CurvesAppState {
    /// Handles a lesson key; nil leaves `event` to the lab.
    mutating func handleLesson(_ event: InputEvent) -> [CurveLabCommand]? {
        guard var lesson else { return nil }
        var note: String?
        let outcome = LessonKeys.handle(event, session: &lesson.session, panel: &lesson.panel, scroll: &lesson.scroll,
                                        message: &note)
        if let note { message = note }
        switch outcome {
        case nil:
            self.lesson = lesson
            return nil
        case .handled:
            self.lesson = lesson
            return []
        case .enterStep, .restartStep:
            lesson.panel = .step
            lesson.scroll = 0
            lesson.figures = []
            self.lesson = lesson
            message = "\(lesson.session.positionText): \(lesson.session.step.title)"
            let commands = lesson.entryCommands
            takeLocally(commands)
            return commands
        }
    }
}
