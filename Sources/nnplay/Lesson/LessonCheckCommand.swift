import ArgumentParser
import Foundation
import NNCore
import NNSession

/// `nnplay lesson check [FILES]`: the authors' checker (see `LessonChecker`).
struct LessonCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check lesson files: format, ids, hints, and that every goal is reachable but not already met.",
        discussion: """
        For every step with a goal, the step's setup and automatic run are played \
        headless: the goal must not be met yet. Then the step's reference solution is \
        played: it must reach the goal (within the goal's epochs, or the --budget). \
        Problems are printed as path:line: message on stderr; the exit status is 1 \
        when there is any.
        """
    )

    @Argument(help: ArgumentHelp("Lesson files to check (default: every shipped lesson).", valueName: "file"))
    var files: [String] = []

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Epochs a solution may train after its last line when the goal gives no 'within' (default 300).",
                               valueName: "epochs"))
    var budget: Int = 300

    @Flag(name: .shortAndLong,
          help: "For every step with a goal, print the epoch its reference solution meets it at and the figures then.")
    var verbose = false

    func validate() throws {
        guard budget >= 1 else { throw ValidationError("--budget must be at least 1") }
    }

    func run() throws {
        let locator = ResourceLocator.current()
        var paths = files
        if paths.isEmpty {
            guard let folder = LessonFolder(locator: locator) else {
                throw InputError("no lessons folder found; give lesson files or set \(ResourceLocator.homeVariable)")
            }
            paths = folder.files()
        }
        let checker = LessonChecker(datasets: DatasetFolder(locator: locator), epochBudget: budget)
        var lessons: [Lesson] = []
        var failed = 0, problems = 0
        for path in paths {
            let start = MonotonicClock.now()
            let (lesson, found, notes) = Self.check(path, with: checker)
            if let lesson { lessons.append(lesson) }
            let seconds = MonotonicClock.seconds(since: start)
            if found.isEmpty {
                say("ok    \(path) (\(lesson?.steps.count ?? 0) steps, \(String(format: "%.1f", seconds)) s)")
                if verbose { for note in notes { say("      \(note)") } }
            } else {
                say("FAIL  \(path)")
                for problem in found { StandardError.write("\(problem.description)\n") }
                failed += 1
                problems += found.count
            }
        }
        var clashes: [InputError] = []
        if !files.isEmpty, let folder = LessonFolder(locator: locator) {
            let shipped = folder.files().compactMap { path -> Lesson? in try? LessonParser.read(path) }
            clashes = LessonChecker.clashes(lessons, withShipped: shipped)
        }
        for problem in LessonChecker.duplicateIDs(lessons) + clashes {
            StandardError.write("\(problem.description)\n")
            problems += 1
        }
        if problems > 0 {
            StandardError.line("lesson check: \(problems) problem\(problems == 1 ? "" : "s") in \(paths.count) lesson file\(paths.count == 1 ? "" : "s")")
            throw ExitCode(ExitStatus.inputFile)
        }
        say("\(paths.count) lesson\(paths.count == 1 ? "" : "s") checked: all fine")
    }

    /// The lesson in `path` (nil if it cannot be read), its problems and where its goals were met.
    static func check(_ path: String, with checker: LessonChecker) -> (Lesson?, [InputError], [String]) {
        let lesson: Lesson
        do throws(InputError) {
            lesson = try LessonParser.read(path)
        } catch {
            return (nil, [error], [])
        }
        let (problems, notes) = checker.checkReporting(lesson)
        return (lesson, problems, notes)
    }

    /// A line on stdout, unbuffered, so it stays in order with the messages on stderr.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
