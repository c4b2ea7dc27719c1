import NNCore

/// The pairs of digits the network mixes up most on the test images, `4 → 9  3×`, most
/// frequent first; Enter (or a click) opens a pair's images in the gallery.
enum MostConfusedView {
    static func draw(_ pairs: [ConfusedPair], selected: Int, opened: ConfusedPair?, in rect: Rect, focused: Bool,
                     canvas: inout Canvas) -> [DigitsHitRegion] {
        let inside = DigitsPanel.frame(rect, title: "most confused", focused: focused, canvas: &canvas)
        guard inside.height >= 1, inside.width >= 8 else { return [] }
        if pairs.isEmpty {
            canvas.text("no test image is wrong", in: inside.top(1), style: CellStyle(foreground: .dimText))
            return []
        }
        // Keep the selected row in view.
        let first = max(0, min(selected - inside.height + 1, pairs.count - inside.height))
        var hits: [DigitsHitRegion] = []
        for (row, index) in (first..<min(pairs.count, first + inside.height)).enumerated() {
            let pair = pairs[index]
            let line = Rect(x: inside.x, y: inside.y + row, width: inside.width, height: 1)
            let isSelected = focused && index == selected
            let style = isSelected ? CellStyle(foreground: .text, background: .semantic(.focusBackground), attributes: .bold)
                : CellStyle(foreground: pair == opened ? .accent : .text)
            canvas.fill(line, style: style)
            canvas.text(" \(pair.truth) taken for \(pair.predicted)".padded(to: 16) + "\(pair.count)×", in: line, style: style)
            hits.append(DigitsHitRegion(rect: line, target: .pair(index)))
        }
        return hits
    }
}
