import ArgumentParser
import NNCore
import NNSession

/// `nnplay lesson show [ID-or-FILE]`: with no argument the list of lessons; with one,
/// the lesson's steps and the student's progress in it, as text (no terminal needed).
struct LessonShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a lesson's steps and your progress (no argument: list the lessons)."
    )

    @Argument(help: ArgumentHelp("A shipped lesson's id or file name, or the path of a lesson file.",
                                 valueName: "ID-or-FILE"))
    var lesson: String?

    func run() throws {
        guard let (_, lesson, loaded) = try LessonCommand.lessonOrList(lesson, locator: .current(), store: .standard()) else {
            return
        }
        if let warning = loaded.warning { StandardError.line("warning: \(warning)") }
        print(Self.outline(lesson, progress: loaded.progress))
    }

    /// The title, the summary and one line per step with its goal and status.
    static func outline(_ lesson: Lesson, progress: LessonProgress) -> String {
        let session = LessonSession(lesson: lesson, progress: progress)
        var lines = ["\(lesson.title) (\(lesson.id), \(lesson.path))"]
        if !lesson.summary.isEmpty { lines.append(lesson.summary) }
        lines.append("Progress: \(progress.summary)")
        lines.append("")
        for (i, step) in lesson.steps.enumerated() {
            let mark = step.goal == nil ? " " : (session.isGoalMet(step: i) ? "✓" : "·")
            let here = i == session.stepIndex && !progress.finished ? ">" : " "
            lines.append("\(here)\(mark) \(String(i + 1).column(3))\(step.title)")
            if let goal = step.goal { lines.append("       goal: \(goal.text(in: lesson))") }
        }
        return lines.joined(separator: "\n")
    }
}
