import NNCore

/// The 10×10 confusion matrix of the test images: a row per true digit, a column per
/// predicted one. The diagonal (right answers) in the "good" colour, every mistake in
/// the warning colour, empty cells as a dim dot.
enum DigitsConfusionView {
    /// The width and height the whole matrix needs inside its frame with cells 4
    /// columns wide (3 on a narrow screen), and with its accuracy line under it.
    static let size = Size(width: 3 + 10 * 4, height: 12)
    static let narrowWidth = 3 + 10 * 3

    static func draw(_ confusion: ConfusionMatrix?, in rect: Rect, canvas: inout Canvas) {
        let inside = DigitsPanel.frame(rect, title: "confusion: true ↓ predicted →", focused: false, canvas: &canvas)
        guard let confusion, inside.height >= 2 else { return }
        let k = confusion.classes
        let cellWidth = inside.width >= size.width ? 4 : 3
        let dim = CellStyle(foreground: .dimText)
        var header = "   "
        for p in 0..<k { header += String(p).padded(left: cellWidth) }
        canvas.text(header, in: inside.top(1), style: dim)
        for a in 0..<k where a + 1 < inside.height {
            let y = inside.y + 1 + a
            canvas.text(" \(a) ", in: Rect(x: inside.x, y: y, width: 3, height: 1), style: dim)
            for p in 0..<k {
                let n = confusion.counts[a][p]
                let x = inside.x + 3 + p * cellWidth
                guard x + cellWidth <= inside.maxX else { break }
                let style: CellStyle = n == 0 ? dim
                    : a == p ? CellStyle(foreground: .semantic(.good)) : CellStyle(foreground: .warning, attributes: .bold)
                canvas.text((n == 0 ? "·" : String(n)).padded(left: cellWidth), in: Rect(x: x, y: y, width: cellWidth, height: 1),
                            style: style)
            }
        }
        if inside.height >= k + 2 {
            let accuracy = confusion.total > 0 ? NumberText.fixed(confusion.accuracy * 100, digits: 1) + "%" : "–"
            canvas.text("test accuracy \(accuracy) of \(confusion.total)", in: Rect(x: inside.x, y: inside.y + k + 1,
                                                                                    width: inside.width, height: 1), style: dim)
        }
    }
}
