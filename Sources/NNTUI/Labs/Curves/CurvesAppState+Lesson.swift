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
        defer { self.lesson = lesson }
        switch lesson.pane.handle(event, message: &message, answersWithA: true) {
        case nil: return nil
        case .handled: return []
        case .enterStep, .restartStep:
            lesson.figures = []
            let commands = lesson.entryCommands
            takeLocally(commands)
            return commands
        }
    }
}
