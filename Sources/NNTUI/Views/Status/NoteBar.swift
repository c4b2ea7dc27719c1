/// The bottom row when the app has something to say: a note on the last action
/// (`pace: 60 epochs/s`, why a value was refused) or a yes/no question, drawn over
/// the key hints for as long as it lasts.
///
///     ● pace: 60 epochs/s                                           Esc dismisses
///     ? New data drops the 3 points you added. Go on?      y yes   n no
enum NoteBar {
    static func drawNote(_ text: String, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let row = rect.top(1)
        let bar = CellStyle(foreground: .text, background: .semantic(.barBackground))
        canvas.fill(row, style: bar)
        let tail = "Esc dismisses"
        let room = row.width - tail.count - 4
        let x = canvas.spans([TextSpan(" ● ", bar.with(foreground: .accent).adding(.bold))], column: row.x, row: row.y)
        canvas.text(text, in: Rect(x: x, y: row.y, width: row.maxX - x - 1, height: 1), style: bar.adding(.bold))
        if text.count <= room - 2 {
            canvas.text(tail, column: row.maxX - tail.count - 1, row: row.y, style: bar.with(foreground: .dimText))
        }
    }

    static func drawQuestion(_ question: String, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let row = rect.top(1)
        let banner = CellStyle(foreground: .semantic(.title), background: .semantic(.warningBackground))
        canvas.fill(row, style: banner)
        let key = banner.adding(.bold)
        let answers = [TextSpan("y", key), TextSpan(" yes   ", banner), TextSpan("n", key), TextSpan(" no ", banner)]
        let answersX = row.maxX - answers.columns
        canvas.text(" ? " + question, in: Rect(x: row.x, y: row.y, width: answersX - row.x - 1, height: 1),
                    style: key)
        canvas.spans(answers, column: answersX, row: row.y, maxX: row.maxX)
    }
}
