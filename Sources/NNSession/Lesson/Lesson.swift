import NNCore

/// A lesson as parsed from its Markdown file (see `LessonParser` and
/// `lessons/README.md`): front matter, an introduction, and ordered steps.
package struct Lesson: Equatable, Sendable {
    /// A short name, unique among lessons: lowercase letters, digits and dashes.
    package var id: String
    package var title: String
    /// One line for listings; may be empty.
    package var summary: String
    /// The Markdown prose before the first step.
    package var introduction: String
    /// The lesson-wide setup (the block in the introduction) every step starts from.
    package var setup: LessonSetup?
    package var steps: [LessonStep]
    /// The file the lesson was read from (for `path:line` messages).
    package var path: String
    /// A hash of the file's text: progress saved for another version is recognised.
    package var contentHash: String
    /// For a lesson in the curve lab (`lab: curves`), its setups, goals and solutions
    /// in the lab's vocabulary; nil for a playground lesson.
    package var curves: CurveLesson?
    /// For a lesson in the landscape lab (`lab: landscape`), its setups, goals and
    /// solutions in the lab's vocabulary; nil for a playground lesson.
    package var landscape: LandscapeLesson?

    package init(id: String, title: String, summary: String = "", introduction: String = "",
                setup: LessonSetup? = nil, steps: [LessonStep], path: String, contentHash: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.introduction = introduction
        self.setup = setup
        self.steps = steps
        self.path = path
        self.contentHash = contentHash
    }

    /// An error located at `line` of this lesson's file.
    package func error(_ message: String, line: Int?) -> InputError {
        InputError(message, path: path, line: line)
    }
}
