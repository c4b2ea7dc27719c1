import NNSession

/// The lesson pane beside the playground:
///
///     ╭ Gradient descent and the learning rate ─ step 2/4 ╮
///     │ Far too small                                     │
///     │                                                   │
///     │ With η = 0.00003 the same model has trained …     │
///     │                                                   │
///     │ ◎ Goal                                            │
///     │ · test-loss < 0.1                       now 0.62  │
///     │   within 60 epochs (now 20)                       │
///     │ Hint 1: The steps are a thousand times smaller …  │
///     │                                         ▼ j more  │
///     │ n next  p back  h hint  l steps  x again  a answer│
///     ╰───────────────────────────────────────────────────╯
///
/// The step's title, text, goal, hints, explanation and question scroll together
/// (`j`/`k`); the key line stays at the bottom.
package enum LessonPaneView {
    /// Draws `model` in `rect`.
    package static func draw(_ model: LessonPaneModel, in rect: Rect, canvas: inout Canvas) {
        guard rect.width >= 12, rect.height >= 5 else { return }
        canvas.fill(rect, style: .plain)
        let position = " \(model.position) "
        let title = model.lessonTitle.truncated(to: max(1, rect.width - position.count - 6))
        canvas.box(rect, title: title, style: CellStyle(foreground: .border))
        _ = canvas.text(position, column: rect.maxX - 1 - position.count, row: rect.y,
                        style: CellStyle(foreground: .accent, attributes: .bold))
        let inside = rect.interior.inset(dx: 1, dy: 0)
        let footer = inside.bottom(1)
        let body = inside.droppingBottom(1)
        drawKeys(model, in: footer, canvas: &canvas)
        let lines = model.stepList.map { stepListLines($0, width: body.width) } ?? stepLines(model, width: body.width)
        let overflows = lines.count > body.height
        let rows = overflows ? body.height - 1 : body.height  // the last row says there is more
        var first = min(model.scroll, max(0, lines.count - rows))
        if let list = model.stepList {  // keep the highlighted step in view
            first = max(0, min(list.selection - rows / 2, lines.count - rows))
        }
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            _ = canvas.spans(line, column: body.x, row: body.y + offset, maxX: body.maxX)
        }
        if overflows {
            let more = first + rows < lines.count ? (first > 0 ? "▲ k  ▼ j more" : "▼ j more") : "▲ k back up"
            _ = canvas.text(more, column: body.maxX - more.count, row: body.maxY - 1,
                            style: CellStyle(foreground: .dimText))
        }
    }

    /// The keys on the pane's last row, as many as fit.
    static func drawKeys(_ model: LessonPaneModel, in rect: Rect, canvas: inout Canvas) {
        let keys: [(String, String)] = model.stepList != nil
            ? [("↑↓", "pick"), ("Enter", "go"), ("Esc", "close")]
            : [("n", "next"), ("p", "back"), ("h", "hint"), ("l", "steps"), ("x", "again")]
                + (model.question != nil ? [("a", "answer")] : [])
        var x = rect.x
        for (key, action) in keys {
            let width = key.count + 1 + action.count
            guard x + width <= rect.maxX else { break }
            x = canvas.text(key, column: x, row: rect.y, style: CellStyle(foreground: .accent, attributes: .bold))
            x = canvas.text(" " + action, column: x, row: rect.y, style: CellStyle(foreground: .dimText)) + 2
        }
    }

    /// The step's title, text, goal, hints, explanation and question, wrapped to `width`.
    static func stepLines(_ model: LessonPaneModel, width: Int) -> [[TextSpan]] {
        var lines: [[TextSpan]] = []
        if let introduction = model.introduction, !introduction.isEmpty {
            lines += ProseText.lines(introduction, width: width) + [[]]
        }
        lines += ProseText.lines("## " + model.stepTitle, width: width)
        func section(_ markdown: String) {
            lines.append([])
            lines += ProseText.lines(markdown, width: width)
        }
        if !model.text.isEmpty { section(model.text) }
        if let locked = model.locked {
            lines.append([])
            lines += ProseText.wrap([TextSpan("locked: " + locked,
                                              CellStyle(foreground: .dimText))], width: width, first: "", rest: "")
        }
        if !model.goal.isEmpty {
            lines.append([])
            lines.append(model.goalMet ? [TextSpan("✔ Goal met", CellStyle(foreground: .semantic(.good), attributes: .bold))]
                                       : [TextSpan("◎ Goal", CellStyle(foreground: .accent, attributes: .bold))])
            for goal in model.goal { lines += goalLines(goal, width: width) }
            if let limit = model.goalLimit { lines.append([TextSpan("  " + limit, CellStyle(foreground: .dimText))]) }
        }
        for (index, hint) in model.hints.enumerated() {
            section("**Hint \(index + 1):** " + hint)
        }
        if model.hintsLeft > 0 && !model.goalMet {
            let more = model.hints.isEmpty ? "h for a hint" : "h for another hint (\(model.hintsLeft) left)"
            lines.append([TextSpan(more, CellStyle(foreground: .dimText))])
        }
        if let explanation = model.explanation { section("**Why:** " + explanation) }
        if let question = model.question { lines += questionLines(question, width: width) }
        if model.questionPending {
            lines += [[]] + ProseText.wrap([TextSpan("? a question opens once the goal is met", CellStyle(foreground: .dimText))],
                                           width: width, first: "", rest: "  ")
        }
        return lines
    }

    /// `✔ test-loss < 0.1` with the current value right-aligned.
    static func goalLines(_ goal: LessonPaneModel.GoalLine, width: Int) -> [[TextSpan]] {
        let mark = goal.isMet ? TextSpan("✔ ", CellStyle(foreground: .semantic(.good))) : TextSpan("· ", CellStyle(foreground: .dimText))
        let now = "now " + goal.current
        let room = width - 2 - now.count - 1
        if goal.text.count <= room {
            let gap = String(repeating: " ", count: width - 2 - goal.text.count - now.count)
            return [[mark, TextSpan(goal.text), TextSpan(gap + now, CellStyle(foreground: .dimText))]]
        }
        return [[mark, TextSpan(goal.text.truncated(to: width - 2))],
                [TextSpan("  " + now.truncated(to: width - 2), CellStyle(foreground: .dimText))]]
    }

    /// The question, each choice with its key, and the feedback on the one picked.
    static func questionLines(_ question: LessonPaneModel.Question, width: Int) -> [[TextSpan]] {
        var lines: [[TextSpan]] = [[]]
        lines += ProseText.wrap(ProseText.inline("? " + question.prompt, base: CellStyle(foreground: .title, attributes: .bold)),
                                width: width, first: "", rest: "  ")
        for (index, choice) in question.choices.enumerated() {
            let key = LessonQuestion.key(for: index)
            var style = CellStyle.plain
            var marker = " \(key)) "
            if question.picked == index {
                style = CellStyle(foreground: question.pickedIsCorrect ? .semantic(.good) : .warning, attributes: .bold)
                marker = (question.pickedIsCorrect ? "✔" : "✖") + "\(key)) "
            }
            lines += ProseText.wrap(ProseText.inline(choice, base: style), width: width, first: marker,
                                    rest: String(repeating: " ", count: marker.count))
        }
        if let feedback = question.feedback {
            lines += ProseText.wrap(ProseText.inline(feedback, base: CellStyle(foreground: .dimText)), width: width,
                                    first: "  → ", rest: "    ")
        } else {
            lines.append([TextSpan("a, then a letter, to answer", CellStyle(foreground: .dimText))])
        }
        return lines
    }

    /// The list of steps: met ones ticked, the current one marked, unreachable ones dim.
    static func stepListLines(_ list: LessonPaneModel.StepList, width: Int) -> [[TextSpan]] {
        list.rows.enumerated().map { index, row in
            let mark = row.isMet ? "✔" : index == list.current ? "▸" : row.isReachable ? "·" : " "
            var style = row.isReachable ? CellStyle.plain : CellStyle(foreground: .dimText)
            if index == list.selection { style = style.with(background: .semantic(.focusBackground)).adding(.bold) }
            let text = "\(mark) \(index + 1). \(row.title)".truncated(to: width)
            return [TextSpan(text.padded(to: width), style)]
        }
    }
}
