import NNCore
import NNSession

/// The lesson keys in the race screen (`LessonKeys`, the playground's): `n` `p` `h` `l`
/// `x` `a` `j` `k`, and `L` for the log-scale loss (`l` lists the steps). A race
/// lesson's variants are the lesson's, so `a` and `x` answer and restart instead of
/// adding and removing variants. A step starts as `nnplay lesson check` starts it:
/// the race put into the step's settings by logged commands
/// (`RaceLessonMode.entryCommands`), so a recording replays it.
extension RaceUIState {
    /// Handles a lesson key; nil leaves `event` to the race.
    mutating func handleLesson(_ event: InputEvent) -> [RaceLabCommand]? {
        guard var lesson, !showHelp else { return nil }
        defer { self.lesson = lesson }
        if case .character("L") = event, lesson.pane.panel == .step {
            panel.logScale.toggle()
            return []
        }
        var note = message
        let outcome = lesson.pane.handle(event, message: &note, answersWithA: true)
        message = note
        switch outcome {
        case nil: return nil
        case .handled: return []
        case .enterStep, .restartStep:
            lesson.evaluations = []
            panel.editing = nil
            panel.confirmation = nil
            return lesson.entryCommands(ids: ids)
        }
    }

    /// `commands` from the panel without those a lesson step forbids: a change of a
    /// locked control of the selected variant, new data when the data are locked, or
    /// a change of a locked pace. A refused change
    /// is undone in the panel and the note says what the step locks.
    mutating func lessonAllowed(_ commands: [Command]) -> [Command] {
        guard let lesson else { return commands }
        var allowed: [Command] = []
        for command in commands {
            var locked: Set<LessonControl> = []
            switch command {
            case .configure(let new):
                if let old = reports[selected]?.config {
                    locked = LessonControl.changed(from: old, to: new).intersection(lesson.step.locked)
                }
            case .regenerateData:
                if let old = reports[selected]?.config {
                    var new = old
                    new.dataset.generation += 1
                    locked = LessonControl.changed(from: old, to: new).intersection(lesson.step.locked)
                }
            case .setPace, .setSpeed:
                locked = Set([LessonControl(Settings.speed)]).intersection(lesson.step.locked)
            default:
                break
            }
            if locked.isEmpty {
                allowed.append(command)
            } else {
                if let report = reports[selected] { panel.adopt(report) }
                message = LessonMode.lockNote(locked)
            }
        }
        return allowed
    }
}
