import ArgumentParser
import Foundation
import NNCore
import NNSession

/// `nnplay grade DIR-or-FILES`: one row per student's recorded lesson session.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade students' recorded lesson sessions: goals met, answers, time, verified.",
        discussion: """
        Give the session files students recorded with 'nnplay lesson ID --record \
        FILE', or folders holding them (every *.session file inside, not in \
        subfolders). Each session is replayed headless, every checkpoint compared, as \
        'nnplay replay --headless' does; sessions are graded on every core at once.

        One row per session, in file-name order: the file, the lesson's id and the \
        content hash of the lesson version recorded, the steps whose goal was met \
        ('2/4: 1 @e37, 3 @e120': two of four steps, step 1 at epoch 37...), the \
        answers given (the last one at each step: '1:b ok, 2:a wrong'), the time \
        spent (recording time to the last event), and whether the replay verified. A \
        session that does not verify is marked with the reason and its goals and \
        answers are not counted: a file that cannot be read, a session not recorded \
        in a lesson, an unknown lesson, another version of the lesson (its content \
        hash differs), an edited file (a checkpoint does not match: desync), or a \
        cut-off one (no end line).

        Lessons are the shipped ones (found as 'nnplay lesson list' finds them); \
        --lessons adds lesson files or folders (replacing shipped lessons of the same id).

        Output: a Markdown table, then a line counting verified sessions; --csv one \
        header line and one line per session; --json one JSON object per line.

        Examples:
          nnplay grade submissions/
          nnplay grade alice.session bob.session --csv > grades.csv
          nnplay grade submissions/ --lessons my-lessons/ --json

        Exit status: 0 graded (whether or not every session verified), 1 no session \
        file found or a lesson cannot be read, 64 a bad flag.
        """
    )

    @Argument(help: ArgumentHelp("Session files, or folders of *.session files.", valueName: "DIR-or-FILES"))
    var paths: [String]

    @Option(name: .customLong("lessons"),
            help: ArgumentHelp("A lesson file or folder to grade against, besides the shipped lessons (repeatable).",
                               valueName: "FILE-or-DIR"))
    var lessonPaths: [String] = []

    @Flag(help: "Print comma-separated values instead of a Markdown table.")
    var csv = false

    @Flag(help: "Print one JSON object per session instead of a Markdown table.")
    var json = false

    @Option(help: ArgumentHelp("Sessions replayed at once (default: one per core); the output is the same for any number.",
                               valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if csv && json { throw ValidationError("--csv and --json cannot be used together") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs))") }
    }

    func run() throws {
        let files = try SessionFiles.expand(paths)
        let lessons = try GradeLessons.load(locator: .current(), extra: lessonPaths)
        let grader = SessionGrader(lessons: lessons)
        // Sessions are independent: one job each, every grade in its file's slot.
        let grades = ParallelRuns.run(count: files.count,
                                      threads: jobs ?? ProcessInfo.processInfo.activeProcessorCount) {
            grader.grade(files[$0])
        }.compactMap { $0 }
        let table = GradeTable(grades: grades)
        print(json ? table.jsonLines() : csv ? table.csv() : table.markdown(), terminator: "")
    }
}
