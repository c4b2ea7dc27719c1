import NNCore

/// The landscape lab's part of a lesson whose setup says `lab: landscape`: per step,
/// the lab setup lines, the goal and the reference solution, in the lab's own
/// vocabulary (`LandscapeLessonLine`, `LandscapeGoal`). The lesson's prose, hints and
/// explanations stay in `Lesson.steps`, as for any lesson.
package struct LandscapeLesson: Equatable, Sendable {
    package struct Step: Equatable, Sendable {
        /// The step's setup lines (applied after the lesson's), with the block's line.
        package var setup: [LandscapeLessonLine] = []
        package var setupLine: Int?
        /// Every condition must hold; nil for a step without a goal.
        package var goal: [LandscapeGoal]?
        package var goalText: String = ""
        package var goalLine: Int?
        package var solution: [LandscapeLessonLine] = []
        package var solutionLine: Int?
    }

    /// The lesson's setup lines (the introduction's block).
    package var setup: [LandscapeLessonLine]
    package var steps: [Step]

    /// Step `index`'s lab setup: the lab's defaults, the lesson's lines, the step's.
    package func resolvedSetup(ofStep index: Int) throws(InputError) -> LandscapeLabSetup {
        try LandscapeLessonRehearsal.setup(setup + steps[index].setup)
    }

    /// Whether a setup block's lines make a lesson a landscape lesson.
    static func isLandscape(_ block: LessonMarkdown.Block) -> Bool {
        block.lines.contains { line in
            let words = line.text.lowercased().split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return words.count == 2 && words[0] == "lab" && words[1] == "landscape"
        }
    }

    /// The lines of `block` read in the lab's vocabulary.
    static func lines(_ block: LessonMarkdown.Block, lesson: Lesson) throws(InputError) -> [LandscapeLessonLine] {
        var result: [LandscapeLessonLine] = []
        for (text, line) in block.lines where !text.trimmedSpaces.isEmpty && !text.trimmedSpaces.hasPrefix("#") {
            do { result.append(try LandscapeLessonLine.parse(text)) } catch { throw lesson.error(error.message, line: line) }
        }
        return result
    }
}
