/// The bottom row of the interactive replay, drawn over the key hints: where the
/// replay is, and its keys.
///
///     ▶ replay 2x · step 1200 · event 7/19 · "page 2"    space pause  n next  +/- speed  q quit
///
/// A desync or the end of the recording shows in the warning colours instead.
package enum ReplayBar {
    /// The keys the interactive replay understands, as the bar lists them.
    package static let keys = "space pause  n next event  +/- speed  q quit"

    /// Draws `status` (and the keys, if there is room) on the first row of `rect`.
    package static func draw(_ status: String, warning: Bool = false, in rect: Rect, canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        let row = rect.top(1)
        let bar = warning ? CellStyle(foreground: .semantic(.title), background: .semantic(.warningBackground))
            : CellStyle(foreground: .text, background: .semantic(.barBackground))
        canvas.fill(row, style: bar)
        let room = row.width - keys.count - 3
        let fitsKeys = status.count + 2 <= room
        let width = fitsKeys ? room : row.width - 2
        canvas.text(" " + status, in: Rect(x: row.x, y: row.y, width: width, height: 1), style: bar.adding(.bold))
        if fitsKeys {
            canvas.text(keys, column: row.maxX - keys.count - 1, row: row.y, style: bar.with(foreground: .dimText))
        }
    }
}
