import NNCore
import NNSession

/// The lesson keys in the landscape lab (`LessonKeys`, the playground's): `n` `p` `h`
/// `l` `x` `j` `k`, and `a` on a step with a question (elsewhere `a` still adds a
/// method). `p` is the previous step, so the phase map is `m` in both modes.
/// A step starts as `nnplay lesson check` starts it: the lab turned into the step's
/// setup by commands (`LandscapeLesson.entryCommands`), so a recording replays it.
extension LandscapeLabUI {
    /// Handles a lesson key; nil leaves `event` to the lab.
    mutating func handleLesson(_ event: InputEvent) -> [LandscapeLabCommand]? {
        guard var lesson else { return nil }
        defer { self.lesson = lesson }
        switch lesson.pane.handle(event, message: &message, answersWithA: false) {
        case nil: return nil
        case .handled: return []
        case .enterStep, .restartStep:
            lesson.figures = nil
            focus = .controls
            return lesson.entryCommands(from: setup)
        }
    }
}
