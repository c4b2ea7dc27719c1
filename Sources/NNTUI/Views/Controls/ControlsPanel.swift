/// The list of controls: section headings, `label   value` rows and buttons, the
/// focused row highlighted with `‹ value ›` arrows, and the row being edited as a
/// text field with a cursor. Scrolls to keep the focused row in view.
///
///     ╭ controls ──────────────╮
///     │ ─ data ─────────────── │
///     │ dataset       circle   │
///     │▸noise       ‹ 0.10 ›   │
///     │ ↻ regenerate data      │
///
/// In a lesson, a row the step locks shows `⊘` before its dimmed value (and no arrows
/// when focused), so what is locked is visible before the student tries it.
package enum ControlsPanel {
    /// Draws the panel into `rect` (a box) and returns a click target per visible row.
    @discardableResult
    package static func draw(_ model: ControlsModel, in rect: Rect, canvas: inout Canvas) -> [HitRegion] {
        guard rect.width >= 12, rect.height >= 3 else { return [] }
        canvas.box(rect, title: model.title)
        let inside = rect.interior
        guard inside.height > 0, !model.items.isEmpty else { return [] }
        let count = model.shownCount(rows: inside.height)
        let first = firstVisible(count: count, focused: model.focused, rows: inside.height)
        let last = min(count, first + inside.height)
        // Labels get what they need as long as values keep ten columns (`‹ 0.03 ›`).
        let labelWidth = min(model.items.filter { $0.kind == .value }.map(\.label.count).max() ?? 0,
                             max(6, inside.width - 10))
        var hits: [HitRegion] = []
        for index in first..<last {
            let row = Rect(x: inside.x, y: inside.y + index - first, width: inside.width, height: 1)
            let item = model.items[index]
            let isFocused = model.focused == index
            drawItem(item, focused: isFocused, editing: isFocused ? model.editing : nil, labelWidth: labelWidth,
                     in: row, canvas: &canvas)
            if item.kind != .section { hits.append(HitRegion(rect: row, target: .control(index))) }
        }
        if let editing = model.editing, let focused = model.focused, (first..<last).contains(focused),
           let note = problemNote(editing, box: Rect(x: inside.x + labelWidth + 3, y: inside.y + focused - first,
                                                     width: inside.width - labelWidth - 3, height: 1),
                                 within: inside) {
            canvas.text(note.text, in: note.rect.intersection(inside),
                        style: CellStyle(foreground: .warning, background: .semantic(.editBackground), attributes: .bold))
        }
        let more = CellStyle(foreground: .dimText)
        if first > 0 { canvas.put("▲", column: rect.maxX - 1, row: inside.y, style: more) }
        // ▼ also when only the optional tail is left out: ↓ past the last row brings it in.
        if last < model.items.count { canvas.put("▼", column: rect.maxX - 1, row: inside.maxY - 1, style: more) }
        return hits
    }

    /// The first row shown: 0 when everything fits, otherwise a window that keeps the
    /// focused row away from the edges (deterministic, so the app keeps no scroll state).
    package static func firstVisible(count: Int, focused: Int?, rows: Int) -> Int {
        guard count > rows, rows > 0 else { return 0 }
        let target = (focused ?? 0) - rows / 2
        return min(max(0, target), count - rows)
    }

    static func drawItem(_ item: ControlItem, focused: Bool, editing: TextEdit?, labelWidth: Int, in row: Rect,
                         canvas: inout Canvas) {
        switch item.kind {
        case .section:
            let title = "─ " + item.label + " "
            canvas.horizontalLine(row.droppingLeft(1).droppingRight(1))
            canvas.text(title, column: row.x + 1, row: row.y, style: CellStyle(foreground: .dimText, attributes: .bold))
            return
        case .action, .value:
            break
        }
        let base: CellStyle = focused ? CellStyle(foreground: .text, background: .semantic(.focusBackground))
                                      : .plain
        canvas.fill(row, style: base)
        if focused { canvas.put("▸", column: row.x, row: row.y, style: base.with(foreground: .accent).adding(.bold)) }
        let dim = !item.isEnabled || item.isLocked
        let labelStyle = dim ? base.with(foreground: .dimText) : (focused ? base.adding(.bold) : base.with(foreground: .dimText))
        let lockStyle = base.with(foreground: .warning)
        if item.kind == .action {
            let end = canvas.text("↻ " + item.label, in: row.droppingLeft(1), style: dim ? base.with(foreground: .dimText)
                                                                                        : base.with(foreground: .accent))
            if item.isLocked && end + 1 < row.maxX { canvas.put(ControlItem.lockMark, column: end + 1, row: row.y, style: lockStyle) }
            return
        }
        canvas.text(item.label, in: Rect(x: row.x + 1, y: row.y, width: labelWidth, height: 1), style: labelStyle)
        let field = row.droppingLeft(labelWidth + 2)
        // The lock mark sits in the gap between the label and the value (`noise  ⊘ 0.1`).
        if item.isLocked && editing == nil && field.width > 2 {
            canvas.put(ControlItem.lockMark, column: field.x, row: row.y, style: lockStyle)
        }
        if let editing {
            drawEditor(editing, in: field.droppingLeft(1), canvas: &canvas)
            return
        }
        let valueStyle = dim ? base.with(foreground: .dimText) : base.with(foreground: .text).adding(focused ? .bold : [])
        if focused && item.isEnabled && !item.isLocked && field.width >= item.value.count + 4 {
            let arrows = base.with(foreground: .accent)
            canvas.spans([TextSpan("‹ ", arrows), TextSpan(item.value, valueStyle), TextSpan(" ›", arrows)],
                         column: field.x, row: row.y, maxX: field.maxX)
        } else {
            canvas.text(item.value, in: field.droppingLeft(2), style: valueStyle)
        }
    }

    /// The text field: the text on a dark field (one column of padding, so the text
    /// stays where the value was) with the cursor cell in reverse video, or the whole
    /// text in reverse video while it is selected; long text scrolls so the cursor
    /// stays visible.
    static func drawEditor(_ edit: TextEdit, in box: Rect, canvas: inout Canvas) {
        guard box.width >= 3 else { return }
        let style = CellStyle(foreground: .semantic(.title), background: .semantic(.editBackground))
        canvas.fill(box, style: style)
        let field = box.droppingLeft(1)
        let characters = Array(edit.text)
        let start = max(0, edit.cursor - (field.width - 1))
        for (offset, character) in characters[start...].prefix(field.width).enumerated() {
            canvas.put(character, column: field.x + offset, row: field.y, style: style)
        }
        if edit.isSelected {  // the old value, selected: the first key typed replaces it
            for (offset, character) in characters[start...].prefix(field.width).enumerated() {
                canvas.put(character, column: field.x + offset, row: field.y, style: style.adding(.reverse))
            }
        } else {
            let cursorColumn = field.x + edit.cursor - start
            let under = edit.cursor < characters.count ? characters[edit.cursor] : " "
            canvas.put(under, column: cursorColumn, row: field.y, style: style.adding(.reverse))
        }
        // Why the text is not accepted, after it in the field (`draw` puts it below when it does not fit).
        if let problem = edit.problem, !problem.isEmpty, field.width >= characters.count + problem.count + 3 {
            canvas.text(problem, in: field.droppingLeft(characters.count + 2), alignment: .right,
                        style: style.with(foreground: .warning).adding(.bold))
        }
    }

    /// Where the editor's problem goes when it does not fit in the field: just below
    /// it, right-aligned over the next row, as a note (nil when it fits or there is none).
    static func problemNote(_ edit: TextEdit, box: Rect, within panel: Rect) -> (text: String, rect: Rect)? {
        guard let problem = edit.problem, !problem.isEmpty,
              box.width - 1 < edit.text.count + problem.count + 3 else { return nil }
        let text = " " + problem + " "
        return (text, Rect(x: max(panel.x, box.maxX - text.count), y: box.y + 1, width: text.count, height: 1))
    }
}
