import NNCore

/// Reads the blocks of a curve lesson (one whose introduction's setup says
/// `lab: curves`): the same Markdown as every lesson, with the lab's own setup, goal
/// and solution lines. Prose, hints, explanations and questions are read as for any
/// lesson, into `Lesson.steps`.
enum CurveLessonParser {
    /// The lab part of the lesson in `markdown`; `lesson` has its front matter and steps read.
    static func parse(_ markdown: LessonMarkdown, lesson: Lesson) throws(InputError) -> CurveLesson {
        var intro: [CurveLessonLine] = []
        for case .block(let block) in markdown.sections.first?.items ?? [] where block.kind == "setup" {
            intro = try CurveLesson.lines(block, lesson: lesson)
            if intro.contains(where: { if case .run = $0 { true } else { false } }) {
                throw lesson.error("'run' belongs in a solution", line: block.line)
            }
        }
        var steps: [CurveLesson.Step] = []
        for section in markdown.sections.dropFirst() {
            var step = CurveLesson.Step()
            for case .block(let block) in section.items {
                switch block.kind {
                case "setup":
                    step.setup = try CurveLesson.lines(block, lesson: lesson)
                    step.setupLine = block.line
                    if step.setup.contains(where: { if case .run = $0 { true } else { false } }) {
                        throw lesson.error("'run' belongs in a solution", line: block.line)
                    }
                case "goal":
                    let goal = try LabLessonBlocks.goal(block, lesson: lesson) { text throws(InputError) in try CurveLabGoal.parse(text) }
                    step.goal = goal.conditions
                    step.goalText = goal.text
                    step.goalLine = block.line
                case "solution":
                    step.solution = try CurveLesson.lines(block, lesson: lesson)
                    step.solutionLine = block.line
                default: break
                }
            }
            try LabLessonBlocks.requirePair(hasGoal: step.goal != nil, hasSolution: !step.solution.isEmpty,
                                            goalLine: step.goalLine, solutionLine: step.solutionLine, lesson: lesson)
            steps.append(step)
        }
        return CurveLesson(setup: intro, steps: steps)
    }
}
