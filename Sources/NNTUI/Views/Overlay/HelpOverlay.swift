/// A centred box over everything listing every key, as data the app passes in:
///
///     ╔ keys ═══════════════════════════════╗
///     ║  space     play or pause training   ║
///     ║  . or s    one training step        ║
///     ║            press ? or Esc to close  ║
///     ╚═════════════════════════════════════╝
package enum HelpOverlay {
    /// Draws the overlay centred in `bounds` (usually the whole screen).
    package static func draw(_ bindings: [KeyBinding], title: String = "keys", in bounds: Rect, canvas: inout Canvas) {
        let keyWidth = bindings.map(\.keys.count).max() ?? 0
        let actionWidth = bindings.map(\.action.count).max() ?? 0
        let footer = "press ? or Esc to close"
        // Two columns side by side when one would not fit the height (a lesson's keys at 80×24).
        let columns = bindings.count + 4 > bounds.height ? 2 : 1
        let perColumn = (bindings.count + columns - 1) / columns
        let columnWidth = keyWidth + 3 + actionWidth
        let innerWidth = max(columns * columnWidth + (columns - 1) * 2, footer.count) + 4
        let wanted = Size(width: min(innerWidth + 2, bounds.width), height: perColumn + 4)
        let rect = bounds.centred(wanted)
        guard rect.width >= 12, rect.height >= 4 else { return }
        canvas.fill(rect, style: .plain)
        canvas.box(rect, title: title, boxStyle: .double, style: CellStyle(foreground: .accent))
        let inside = rect.interior
        let keyStyle = CellStyle(foreground: .accent, attributes: .bold)
        let rows = max(0, inside.height - 2)
        let slot = (inside.width - 2) / columns
        let keyColumn = min(keyWidth, max(4, slot / 3))
        for (i, binding) in bindings.enumerated() {
            let (column, row) = (i / perColumn, i % perColumn)
            guard row < rows else { continue }
            let x = inside.x + 2 + column * slot, y = inside.y + 1 + row
            canvas.text(binding.keys, in: Rect(x: x, y: y, width: keyColumn, height: 1), style: keyStyle)
            let actionX = x + keyColumn + 3
            let end = column == columns - 1 ? inside.maxX - 1 : x + slot - 1
            canvas.text(binding.action, in: Rect(x: actionX, y: y, width: max(0, end - actionX), height: 1))
        }
        canvas.text(footer, in: Rect(x: inside.x, y: inside.maxY - 1, width: inside.width - 2, height: 1),
                    alignment: .right, style: CellStyle(foreground: .dimText))
    }
}
