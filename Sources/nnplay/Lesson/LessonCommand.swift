import ArgumentParser

/// `nnplay lesson`: the lessons, their progress, and the authors' checker.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Open a lesson beside the playground, list the lessons, or check lesson files.",
        discussion: """
        Lessons are Markdown files: the shipped ones live in the lessons folder (found \
        beside the repository or the executable, or at $NNPLAY_HOME/lessons); a \
        teacher's file can be given by its path. The format is described in \
        lessons/README.md. Progress is kept in $XDG_STATE_HOME/nnplay/lessons \
        (default ~/.local/state/nnplay/lessons).

        Examples:
          nnplay lesson                       list the lessons and your progress
          nnplay lesson learning-rate         open a lesson beside the playground
          nnplay lesson show learning-rate    print a lesson's steps and your progress
          nnplay lesson check                 check every shipped lesson
          nnplay lesson check my-lesson.md    check a lesson you are writing
        """,
        subcommands: [LessonOpenCommand.self, LessonShowCommand.self, LessonListCommand.self,
                      LessonCheckCommand.self],
        defaultSubcommand: LessonOpenCommand.self
    )
}
