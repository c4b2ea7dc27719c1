import NNCore

/// The curve lab's part of a lesson whose setup says `lab: curves`: per step, the lab
/// setup lines, the goal and the reference solution, in the lab's own vocabulary
/// (`CurveLessonLine`, `CurveLabGoal`). Prose, hints and explanations stay in
/// `Lesson.steps`, as for any lesson.
package struct CurveLesson: Equatable, Sendable {
    package struct Step: Equatable, Sendable {
        package var setup: [CurveLessonLine] = []
        package var setupLine: Int?
        /// Every condition must hold; nil for a step without a goal.
        package var goal: [CurveLabGoal]?
        package var goalText = ""
        package var goalLine: Int?
        package var solution: [CurveLessonLine] = []
        package var solutionLine: Int?
    }

    /// The lesson's setup lines (the introduction's block).
    package var setup: [CurveLessonLine]
    package var steps: [Step]

    /// Step `index`'s settings: the lab's defaults, the lesson's lines, the step's.
    package func settings(ofStep index: Int) throws(InputError) -> CurveLabSettings {
        try CurveLessonRehearsal.settings(setup + steps[index].setup)
    }

    /// Whether a setup block makes a lesson a curve lesson (`lab: curves`).
    static func isCurves(_ block: LessonMarkdown.Block) -> Bool {
        block.lines.contains { line in
            let words = line.text.lowercased().split(separator: ":", maxSplits: 1).map { $0.trimmedSpaces }
            return words.count == 2 && words[0] == "lab" && words[1] == "curves"
        }
    }

    /// The lines of `block` read in the lab's vocabulary.
    static func lines(_ block: LessonMarkdown.Block, lesson: Lesson) throws(InputError) -> [CurveLessonLine] {
        var result: [CurveLessonLine] = []
        for (text, line) in block.lines where !text.trimmedSpaces.isEmpty && !text.trimmedSpaces.hasPrefix("#") {
            do { result.append(try CurveLessonLine.parse(text)) } catch { throw lesson.error(error.message, line: line) }
        }
        return result
    }
}
