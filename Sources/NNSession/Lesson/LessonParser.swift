import NNCore

/// Reads a lesson's Markdown text into a `Lesson`, or refuses it with
/// `path:line: message` (ARCHITECTURE.md, invariant 6). The format is described in
/// `lessons/README.md`; the blocks' own syntax is read by `LessonParser+Blocks.swift`.
package enum LessonParser {
    /// The most steps a lesson may have.
    package static let maxSteps = 30

    /// The lesson in the file at `path`.
    package static func read(_ path: String) throws(InputError) -> Lesson {
        try parse(try TextFile.read(path), path: path)
    }

    /// The lesson written in `text` (`path` names it in messages).
    package static func parse(_ text: String, path: String) throws(InputError) -> Lesson {
        let markdown = try LessonMarkdown.scan(text, path: path)
        var lesson = Lesson(id: "", title: "", steps: [], path: path, contentHash: ContentHash.of(text))
        try readFrontMatter(markdown.frontMatter, into: &lesson)
        guard let intro = markdown.sections.first else { throw lesson.error("the lesson has no text", line: 1) }
        // A curve lesson's setup, goal and solution blocks are the lab's (CurveLessonParser).
        let isCurves = intro.items.contains { if case .block(let b) = $0 { b.kind == "setup" && CurveLesson.isCurves(b) } else { false } }
        // A landscape lesson's setup, goal and solution blocks are the lab's (LandscapeLessonParser).
        let isLandscape = intro.items.contains { if case .block(let b) = $0 { b.kind == "setup" && LandscapeLesson.isLandscape(b) } else { false } }
        let isLabLesson = isCurves || isLandscape
        var introText: [(String, Int)] = []
        for item in intro.items {
            switch item {
            case .prose(let line, let n): introText.append((line, n))
            case .block(let block):
                guard block.kind == "setup", lesson.setup == nil else {
                    let what = block.kind == "setup" ? "a second ```setup" : "a ```\(block.kind) block"
                    throw lesson.error("\(what) cannot be in the introduction (steps start with '## ' headings)",
                                       line: block.line)
                }
                if isLabLesson { continue }
                let setup = try setupBlock(block, lesson: lesson)
                if setup.autoRunEpochs > 0 {
                    throw lesson.error("'run' belongs in a step's setup, not the lesson's", line: block.line)
                }
                lesson.setup = setup
            }
        }
        lesson.introduction = prose(introText)
        try RaceLessonLine.checkSetup(of: lesson)
        for section in markdown.sections.dropFirst() {
            lesson.steps.append(try step(section, lesson: lesson, labBlocks: isLabLesson))
        }
        guard !lesson.steps.isEmpty else {
            throw lesson.error("the lesson has no steps: start each with a '## ' heading", line: intro.line)
        }
        if lesson.steps.count > maxSteps {
            throw lesson.error("at most \(maxSteps) steps (got \(lesson.steps.count))", line: lesson.steps[maxSteps].line)
        }
        if isCurves { lesson.curves = try CurveLessonParser.parse(markdown, lesson: lesson) }
        if isLandscape { lesson.landscape = try LandscapeLessonParser.parse(markdown, lesson: lesson) }
        return lesson
    }

    private static func readFrontMatter(_ pairs: [(key: String, value: String, line: Int)],
                                        into lesson: inout Lesson) throws(InputError) {
        var seen = Set<String>()
        for (key, value, line) in pairs {
            guard seen.insert(key).inserted else { throw lesson.error("'\(key)' is given twice", line: line) }
            switch key {
            case "id":
                let allowed = value.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
                guard !value.isEmpty, allowed, value.first != "-" else {
                    throw lesson.error("id: use lowercase letters, digits and dashes (learning-rate)", line: line)
                }
                lesson.id = value
            case "title":
                guard !value.isEmpty else { throw lesson.error("title: give the lesson a title", line: line) }
                lesson.title = value
            case "summary": lesson.summary = value
            default:
                throw lesson.error("unknown front matter key '\(key)' (keys: id, title, summary)", line: line)
            }
        }
        if lesson.id.isEmpty { throw lesson.error("the front matter needs 'id: ...'", line: 1) }
        if lesson.title.isEmpty { throw lesson.error("the front matter needs 'title: ...'", line: 1) }
    }

    /// One `## ` section as a step.
    /// With `labBlocks`, setup, goal and solution blocks belong to a lab and are read there.
    private static func step(_ section: LessonMarkdown.Section, lesson: Lesson,
                             labBlocks: Bool = false) throws(InputError) -> LessonStep {
        let title = section.heading ?? ""
        guard !title.isEmpty else { throw lesson.error("a step needs a title after '## '", line: section.line) }
        var step = LessonStep(title: title, line: section.line)
        var text: [(String, Int)] = []
        var seen = Set<String>()
        for item in section.items {
            guard case .block(let block) = item else {
                if case .prose(let line, let n) = item { text.append((line, n)) }
                continue
            }
            if block.kind != "hint" && !seen.insert(block.kind).inserted {
                throw lesson.error("a step has at most one ```\(block.kind) block", line: block.line)
            }
            if labBlocks && ["setup", "goal", "solution"].contains(block.kind) { continue }
            switch block.kind {
            case "setup":
                step.setup = try setupBlock(block, lesson: lesson)
                if let variant = step.setup?.variants.first { throw RaceLessonLine.variantInStep(variant, lesson: lesson) }
            case "goal": step.goal = try goalBlock(block, lesson: lesson)
            case "solution": step.solution = try solutionBlock(block, lesson: lesson)
            case "question": step.question = try questionBlock(block, lesson: lesson)
            case "hint":
                let hint = prose(block.lines.map { ($0.text, $0.line) })
                guard !hint.isEmpty else { throw lesson.error("this hint is empty", line: block.line) }
                step.hints.append(Hint(text: hint, line: block.line))
            case "explain":
                let explanation = prose(block.lines.map { ($0.text, $0.line) })
                guard !explanation.isEmpty else { throw lesson.error("this explanation is empty", line: block.line) }
                step.explanation = explanation
            default: break
            }
        }
        step.text = prose(text)
        switch (step.goal, step.solution) {
        case (let goal?, nil):
            throw lesson.error("a goal needs a ```solution block (the reference solution the checker runs)", line: goal.line)
        case (nil, let solution?):
            throw lesson.error("a ```solution needs a ```goal in the same step", line: solution.line)
        default: break
        }
        if let question = step.question, question.timing == .afterGoal, step.goal == nil {
            throw lesson.error("show: after-goal needs a ```goal in the same step (it opens once the goal is met)",
                               line: question.line)
        }
        return step
    }

    /// Lines joined into Markdown text, without blank lines at the start and the end
    /// and without the indentation all non-blank lines share.
    static func prose(_ lines: [(String, Int)]) -> String {
        var texts = lines.map(\.0)
        while let first = texts.first, first.trimmedSpaces.isEmpty { texts.removeFirst() }
        while let last = texts.last, last.trimmedSpaces.isEmpty { texts.removeLast() }
        let indents = texts.filter { !$0.trimmedSpaces.isEmpty }.map { $0.prefix(while: { $0 == " " }).count }
        let common = indents.min() ?? 0
        return texts.map { $0.trimmedSpaces.isEmpty ? "" : String($0.dropFirst(common)) }.joined(separator: "\n")
    }
}
