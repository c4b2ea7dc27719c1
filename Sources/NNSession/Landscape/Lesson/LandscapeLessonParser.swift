import NNCore

/// Reads the blocks of a landscape lesson (one whose introduction's setup says
/// `lab: landscape`): the same Markdown as every lesson, with the lab's own setup,
/// goal and solution lines. Prose, hints, explanations and questions are read as for
/// any lesson, into `Lesson.steps`.
enum LandscapeLessonParser {
    /// The lab part of the lesson in `markdown`; `lesson` has its front matter and steps read.
    static func parse(_ markdown: LessonMarkdown, lesson: Lesson) throws(InputError) -> LandscapeLesson {
        var intro: [LandscapeLessonLine] = []
        for case .block(let block) in markdown.sections.first?.items ?? [] where block.kind == "setup" {
            intro = try LandscapeLesson.lines(block, lesson: lesson)
            if intro.contains(where: { if case .run = $0 { return true } else { return false } }) {
                throw lesson.error("'run' belongs in a solution", line: block.line)
            }
        }
        var steps: [LandscapeLesson.Step] = []
        for section in markdown.sections.dropFirst() {
            var step = LandscapeLesson.Step()
            for case .block(let block) in section.items {
                switch block.kind {
                case "setup":
                    step.setup = try LandscapeLesson.lines(block, lesson: lesson)
                    step.setupLine = block.line
                case "goal":
                    var goal: [LandscapeGoal] = []
                    for (text, line) in block.lines where !text.trimmedSpaces.isEmpty {
                        do { goal.append(try LandscapeGoal.parse(text)) } catch { throw lesson.error(error.message, line: line) }
                    }
                    guard !goal.isEmpty else { throw lesson.error("this goal is empty", line: block.line) }
                    step.goal = goal
                    step.goalText = block.lines.map(\.text.trimmedSpaces).filter { !$0.isEmpty }.joined(separator: "; ")
                    step.goalLine = block.line
                case "solution":
                    step.solution = try LandscapeLesson.lines(block, lesson: lesson)
                    step.solutionLine = block.line
                default: break
                }
            }
            switch (step.goal, step.solution.isEmpty) {
            case (.some, true):
                throw lesson.error("a goal needs a ```solution block (the reference solution the checker runs)", line: step.goalLine)
            case (nil, false):
                throw lesson.error("a ```solution needs a ```goal in the same step", line: step.solutionLine)
            default: break
            }
            steps.append(step)
        }
        return LandscapeLesson(setup: intro, steps: steps)
    }
}
