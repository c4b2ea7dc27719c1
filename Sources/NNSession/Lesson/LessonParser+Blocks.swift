import NNCore

/// The syntax inside the machine blocks: `setup`, `goal`, `solution` and `question`.
/// Blank lines and lines starting with `#` are comments everywhere but in questions.
extension LessonParser {
    /// `key: value` settings, plus `run: N`, `lock: ...` and `unlock: ...`.
    static func setupBlock(_ block: LessonMarkdown.Block, lesson: Lesson) throws(InputError) -> LessonSetup {
        var setup = LessonSetup(line: block.line)
        var keys = Set<String>()
        for (raw, line) in block.lines {
            let text = raw.trimmedSpaces
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard let colon = text.firstIndex(of: ":") else {
                throw lesson.error("setup lines are 'key: value' (lr: 0.03)", line: line)
            }
            let key = String(text[..<colon]).trimmedSpaces.lowercased()
            let value = String(text[text.index(after: colon)...]).trimmedSpaces
            guard key == "variant" || keys.insert(key).inserted else { throw lesson.error("'\(key)' is set twice", line: line) }
            do throws(InputError) {
                switch key {
                case "run": setup.autoRunEpochs = try epochs(value, "run")
                case "lock": setup.locks = try controls(value, key)
                case "unlock": setup.unlocks = try controls(value, key)
                case "lab": setup.lab = try LessonLab.parse(value)
                case "variant":
                    setup.variants.append(.init(variant: try RaceVariant(parsing: value, source: "variant"), line: line))
                default:
                    setup.settings.append(LessonSetup.Line(try Settings.lessonChange(key: key, value: value), line: line))
                }
            } catch {
                throw lesson.error(error.message, line: line)
            }
        }
        return setup
    }

    /// Conditions, one per line, and at most one `within N epochs`.
    static func goalBlock(_ block: LessonMarkdown.Block, lesson: Lesson) throws(InputError) -> LessonGoal {
        var goal = LessonGoal(conditions: [], line: block.line)
        for (raw, line) in block.lines {
            let text = raw.trimmedSpaces
            if text.isEmpty || text.hasPrefix("#") { continue }
            do throws(InputError) {
                if text.lowercased().hasPrefix("within ") {
                    guard goal.withinEpochs == nil else { throw InputError("'within' is given twice") }
                    goal.withinEpochs = try epochs(String(text.dropFirst(7)), "within")
                } else {
                    let (variant, rest) = try RaceLessonLine.split(text, lesson: lesson)
                    goal.conditions.append(LessonGoal.Line(try GoalCondition.parse(rest), line: line, variant: variant))
                }
            } catch {
                throw lesson.error(error.message, line: line)
            }
        }
        guard !goal.conditions.isEmpty else {
            throw lesson.error("this goal has no conditions (test-loss < 0.1, activation is relu, ...)", line: block.line)
        }
        return goal
    }

    /// Settings and the commands `run N`, `reset` and `regenerate`.
    static func solutionBlock(_ block: LessonMarkdown.Block, lesson: Lesson) throws(InputError) -> LessonSolution {
        var solution = LessonSolution(actions: [], line: block.line)
        for (raw, line) in block.lines {
            if raw.trimmedSpaces.isEmpty || raw.trimmedSpaces.hasPrefix("#") { continue }
            do throws(InputError) {
                let (variant, text) = try RaceLessonLine.split(raw.trimmedSpaces, lesson: lesson)
                let lower = text.lowercased()
                if variant != nil, !lower.contains(":") {
                    throw InputError("a variant's solution line is a setting (variant 1: lr: 0.3); run, reset and regenerate go to every variant")
                }
                if lower == "reset" {
                    solution.actions.append(.init(.reset, line: line))
                } else if lower == "regenerate" {
                    solution.actions.append(.init(.regenerate, line: line))
                } else if lower.hasPrefix("run ") || lower.hasPrefix("run:") {
                    solution.actions.append(.init(.run(epochs: try epochs(String(text.dropFirst(4)), "run")), line: line))
                } else if let colon = text.firstIndex(of: ":") {
                    let key = String(text[..<colon]).trimmedSpaces
                    let value = String(text[text.index(after: colon)...])
                    if ["lock", "unlock"].contains(key.lowercased()) {
                        throw InputError("locks belong in the setup, not the solution")
                    }
                    solution.actions.append(.init(.set(try Settings.lessonChange(key: key, value: value)), line: line,
                                                  variant: variant))
                } else {
                    throw InputError("solution lines are settings (lr: 0.3) or run N, reset, regenerate")
                }
            } catch {
                throw lesson.error(error.message, line: line)
            }
        }
        guard !solution.actions.isEmpty else { throw lesson.error("this solution is empty", line: block.line) }
        return solution
    }

    /// An optional `show: before-run | after-goal` line, then a prompt, then
    /// `- [ ]` / `- [x]` choices, each with `>` feedback lines.
    static func questionBlock(_ block: LessonMarkdown.Block, lesson: Lesson) throws(InputError) -> LessonQuestion {
        var prompt: [String] = []
        var choices: [LessonQuestion.Choice] = []
        var feedbackStarted = false
        var timing: LessonQuestion.Timing?
        for (raw, line) in block.lines {
            let text = raw.trimmedSpaces
            let lower = text.lowercased()
            if lower.hasPrefix("show:") {
                guard timing == nil, choices.isEmpty, prompt.allSatisfy({ $0.trimmedSpaces.isEmpty }) else {
                    throw lesson.error("'show:' is the question's first line, given once", line: line)
                }
                let value = String(lower.dropFirst(5)).trimmedSpaces
                guard let parsed = LessonQuestion.Timing(rawValue: value) else {
                    throw lesson.error("show: '\(value)' is not a timing (show: before-run, or show: after-goal)",
                                       line: line)
                }
                timing = parsed
            } else if lower.hasPrefix("- [ ]") || lower.hasPrefix("- [x]") {
                let choice = String(text.dropFirst(5)).trimmedSpaces
                guard !choice.isEmpty else { throw lesson.error("this choice has no text", line: line) }
                choices.append(.init(text: choice, isCorrect: lower.hasPrefix("- [x]"), feedback: "", line: line))
                feedbackStarted = false
            } else if choices.isEmpty {
                prompt.append(raw)
            } else if text.isEmpty {
                continue
            } else if text.hasPrefix(">") {
                let more = String(text.dropFirst()).trimmedSpaces
                choices[choices.count - 1].feedback += (feedbackStarted ? " " : "") + more
                feedbackStarted = true
            } else if feedbackStarted {
                choices[choices.count - 1].feedback += " " + text
            } else {
                choices[choices.count - 1].text += " " + text
            }
        }
        // The prompt is one paragraph: lines wrapped in the file join with a space, as
        // Markdown joins a paragraph's lines.
        let promptText = prompt.map(\.trimmedSpaces).filter { !$0.isEmpty }.joined(separator: " ")
        let question = LessonQuestion(prompt: promptText, choices: choices, line: block.line,
                                      timing: timing ?? .beforeRun)
        guard !question.prompt.isEmpty else { throw lesson.error("the question has no prompt", line: block.line) }
        guard choices.count >= 2 else {
            throw lesson.error("a question needs at least two choices, '- [ ] wrong' and '- [x] right'", line: block.line)
        }
        guard choices.count <= 26 else { throw lesson.error("at most 26 choices", line: block.line) }
        guard choices.contains(where: \.isCorrect) else {
            throw lesson.error("mark at least one right choice with '- [x]'", line: block.line)
        }
        if let silent = choices.first(where: { $0.feedback.isEmpty }) {
            throw lesson.error("every choice needs feedback on a '>' line below it", line: silent.line)
        }
        return question
    }

    /// `50` or `50 epochs`: a whole number 1 to 100 000.
    private static func epochs(_ text: String, _ key: String) throws(InputError) -> Int {
        var t = text.trimmedSpaces.lowercased()
        for suffix in [" epochs", " epoch"] where t.hasSuffix(suffix) { t = String(t.dropLast(suffix.count)) }
        guard let n = Int(t.trimmedSpaces), (1...100_000).contains(n) else {
            throw InputError("\(key): give a number of epochs, 1 to 100000 (\(key) 50)")
        }
        return n
    }

    /// `none`, a comma-separated list of control names, `all` (also within a list:
    /// `all, momentum` is all), or `all except lr, momentum` (`all but` reads the same).
    /// `all` is `LessonControl.lockedByAll`: the pace only when named (`all, speed`).
    private static func controls(_ text: String, _ key: String) throws(InputError) -> Set<LessonControl> {
        let words = text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        if let except = words.firstIndex(where: { $0 == "except" || $0 == "but" }) {
            guard words[..<except] == ["all"] else {
                throw InputError("\(key): write 'all \(words[except]) NAME, NAME' (\(key): all except lr)")
            }
            let kept = try named(Array(words[(except + 1)...]), key)
            guard !kept.isEmpty else { throw InputError("\(key): name the controls after '\(words[except])'") }
            return Set(LessonControl.lockedByAll).subtracting(kept)
        }
        if words.contains("all") {
            let named = try named(words.filter { $0 != "all" }, key)  // still refuse a misspelt name
            return Set(LessonControl.lockedByAll).union(named)
        }
        if words == ["none"] || words.isEmpty { return [] }
        return try named(words, key)
    }

    /// The controls `names` name (lock names, setting keys or aliases).
    private static func named(_ names: [String], _ key: String) throws(InputError) -> Set<LessonControl> {
        var result = Set<LessonControl>()
        for name in names {
            guard let control = LessonControl(name: name) else {
                let known = LessonControl.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputError("\(key): unknown control '\(name)' (all, none, all except NAME, or: \(known))")
            }
            result.insert(control)
        }
        return result
    }
}
