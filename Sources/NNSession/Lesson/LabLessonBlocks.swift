import NNCore

/// What every lab's lesson parser reads alike (the landscape's, the curves'): a goal
/// block's lines as conditions in the lab's own vocabulary, and the rule that a goal
/// and its reference solution come together in one step.
enum LabLessonBlocks {
    /// The conditions of a ```goal block, one per non-empty line, each refused at its own
    /// line, and the goal as one line of text (`loss <= 1e-6; iteration >= 50`).
    static func goal<Condition>(_ block: LessonMarkdown.Block, lesson: Lesson,
                                parse: (String) throws(InputError) -> Condition)
        throws(InputError) -> (conditions: [Condition], text: String) {
        var conditions: [Condition] = []
        for (text, line) in block.lines where !text.trimmedSpaces.isEmpty {
            do { conditions.append(try parse(text)) } catch { throw lesson.error(error.message, line: line) }
        }
        guard !conditions.isEmpty else { throw lesson.error("this goal is empty", line: block.line) }
        return (conditions, block.lines.map(\.text.trimmedSpaces).filter { !$0.isEmpty }.joined(separator: "; "))
    }

    /// Refuses a goal without a solution (the checker has nothing to run) and a solution
    /// without a goal (nothing to check it against).
    static func requirePair(hasGoal: Bool, hasSolution: Bool, goalLine: Int?, solutionLine: Int?,
                            lesson: Lesson) throws(InputError) {
        if hasGoal && !hasSolution {
            throw lesson.error("a goal needs a ```solution block (the reference solution the checker runs)", line: goalLine)
        }
        if !hasGoal && hasSolution {
            throw lesson.error("a ```solution needs a ```goal in the same step", line: solutionLine)
        }
    }
}
