import Foundation

/// One frame of the seed-sweep screen from plain values: small multiples of the runs'
/// decision heatmaps, each boxed with what varied and its final figure (✓ solved,
/// ✖ diverged), the spread table (min, median, max of the final figures), the progress
/// line and the key bar.
package enum SweepScreen {
    package static func render(board: SweepBoard, state: SweepScreenState, size: Size, palette: Palette) -> Canvas {
        var canvas = Canvas(size: size)
        guard size.width >= SweepLayout.minimum.width, size.height >= SweepLayout.minimum.height else {
            TooSmallView.draw(need: SweepLayout.minimum, have: size, canvas: &canvas)
            return canvas
        }
        let layout = SweepLayout(size: size, runs: board.runs.count, selected: state.selected)
        let bar = CellStyle(foreground: .semantic(.title), background: .semantic(.barBackground), attributes: .bold)
        canvas.fill(layout.title, style: bar)
        canvas.text(" nnplay sweep · " + board.title, in: layout.title, style: bar)
        for index in board.runs.indices {
            guard let box = layout.box(index) else { continue }
            drawRun(board.runs[index], index: index, selected: index == state.selected, box: box, palette: palette,
                    canvas: &canvas)
        }
        let shown = board.runs.indices.filter { layout.box($0) != nil }
        if let last = shown.last, last < board.runs.count - 1 || layout.first > 0 {
            canvas.text(" runs \(layout.first + 1)-\(last + 1) of \(board.runs.count) (arrows scroll)",
                        in: Rect(x: 0, y: 1, width: layout.table.x > 0 ? layout.table.x : size.width, height: 1),
                        style: CellStyle(foreground: .dimText))
        }
        drawTable(board, in: layout.table, canvas: &canvas)
        let done = board.runsDone, total = board.runs.count
        if let note = state.note {
            canvas.text(" " + note, in: layout.progress, style: CellStyle(foreground: .warning))
        } else {
            let seconds = board.seconds ?? 0
            let rate = seconds > 0 ? String(format: " · %.1f runs/s · %.1f s", Double(done) / seconds, seconds) : ""
            let word = board.finished ? (done == total ? "done" : "stopped") : "running"
            canvas.text(" \(word): \(done) of \(total) runs\(rate)", in: layout.progress,
                        style: CellStyle(foreground: board.finished && done == total ? .semantic(.good) : .text))
        }
        HintBar.draw(hints: state.shown(SweepScreenState.bindings), divergedAtStep: nil, in: layout.hints, canvas: &canvas)
        return canvas
    }

    private static func drawRun(_ run: SweepBoard.Run?, index: Int, selected: Bool, box: Rect, palette: Palette,
                                canvas: inout Canvas) {
        let border = selected ? CellStyle(foreground: .accent, attributes: .bold) : CellStyle(foreground: .border)
        canvas.box(box, title: run?.label ?? "run \(index + 1)", boxStyle: selected ? .heavy : .rounded, style: border,
                   titleStyle: selected ? border : CellStyle(foreground: .text))
        let inside = box.interior
        guard let run else {
            canvas.text("training…", in: Rect(x: inside.x, y: inside.y + inside.height / 2, width: inside.width, height: 1),
                        alignment: .centre, style: CellStyle(foreground: .dimText))
            return
        }
        let field = run.field.resampled(width: inside.width, height: inside.height * 2)
        for row in 0..<inside.height {
            for column in 0..<inside.width {
                let cell = palette.heatCell(top: field[column, 2 * row], bottom: field[column, 2 * row + 1], hues: field.hues)
                canvas.put(cell.character, column: inside.x + column, row: inside.y + row, style: cell.style)
            }
        }
        let mark = run.diverged ? " ✖" : run.solved == true ? " ✓" : ""
        let style = CellStyle(foreground: run.diverged ? .warning : run.solved == true ? .semantic(.good) : .text,
                              attributes: .bold)
        canvas.text(" \(run.figure)\(mark) ", in: Rect(x: box.x + 2, y: box.maxY - 1, width: box.width - 4, height: 1),
                    alignment: .right, style: style)
    }

    private static func drawTable(_ board: SweepBoard, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let dim = CellStyle(foreground: .dimText), head = CellStyle(foreground: .semantic(.title), attributes: .bold)
        func cells(_ texts: [String]) -> String {
            texts[0].padding(toLength: 15, withPad: " ", startingAt: 0)
                + texts.dropFirst().map { String(repeating: " ", count: max(0, 9 - $0.count)) + $0 }.joined()
        }
        var y = rect.y
        canvas.text(" spread over the finished runs", in: Rect(x: rect.x, y: y, width: rect.width, height: 1), style: head)
        y += 1
        canvas.text(" " + cells(["", "min", "median", "max"]), in: Rect(x: rect.x, y: y, width: rect.width, height: 1), style: dim)
        y += 1
        for row in board.spread where y < rect.maxY {
            canvas.text(" " + cells([row.name, row.min, row.median, row.max]), in: Rect(x: rect.x, y: y, width: rect.width, height: 1))
            y += 1
        }
        for note in board.notes where y < rect.maxY {
            canvas.text(" " + note, in: Rect(x: rect.x, y: y, width: rect.width, height: 1), style: CellStyle(foreground: .accent))
            y += 1
        }
    }
}
