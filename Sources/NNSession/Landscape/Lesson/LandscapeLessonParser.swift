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
                    let goal = try LabLessonBlocks.goal(block, lesson: lesson) { text throws(InputError) in try LandscapeGoal.parse(text) }
                    step.goal = goal.conditions
                    step.goalText = goal.text
                    step.goalLine = block.line
                case "solution":
                    step.solution = try LandscapeLesson.lines(block, lesson: lesson)
                    step.solutionLine = block.line
                default: break
                }
            }
            try LabLessonBlocks.requirePair(hasGoal: step.goal != nil, hasSolution: !step.solution.isEmpty,
                                            goalLine: step.goalLine, solutionLine: step.solutionLine, lesson: lesson)
            steps.append(step)
        }
        return LandscapeLesson(setup: intro, steps: steps)
    }
}
