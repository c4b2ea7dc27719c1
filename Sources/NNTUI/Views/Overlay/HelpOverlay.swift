/// A centred box over everything listing every key, as data the app passes in:
///
///     ╔ keys ═══════════════════════════════╗
///     ║  space     play or pause training   ║
///     ║  . or s    one training step        ║
///     ║            press ? or Esc to close  ║
///     ╚═════════════════════════════════════╝
public enum HelpOverlay {
    /// Draws the overlay centred in `bounds` (usually the whole screen).
    public static func draw(_ bindings: [KeyBinding], title: String = "keys", in bounds: Rect, canvas: inout Canvas) {
        let keyWidth = bindings.map(\.keys.count).max() ?? 0
        let actionWidth = bindings.map(\.action.count).max() ?? 0
        let footer = "press ? or Esc to close"
        let innerWidth = max(keyWidth + 3 + actionWidth, footer.count) + 4
        let wanted = Size(width: innerWidth + 2, height: bindings.count + 4)
        let rect = bounds.centred(wanted)
        guard rect.width >= 12, rect.height >= 4 else { return }
        canvas.fill(rect, style: .plain)
        canvas.box(rect, title: title, boxStyle: .double, style: CellStyle(foreground: .accent))
        let inside = rect.interior
        let keyStyle = CellStyle(foreground: .accent, attributes: .bold)
        let rows = max(0, inside.height - 2)
        let keyColumn = min(keyWidth, max(4, inside.width / 3))
        for (i, binding) in bindings.prefix(rows).enumerated() {
            let y = inside.y + 1 + i
            canvas.text(binding.keys, in: Rect(x: inside.x + 2, y: y, width: keyColumn, height: 1), style: keyStyle)
            let actionX = inside.x + 2 + keyColumn + 3
            canvas.text(binding.action, in: Rect(x: actionX, y: y, width: inside.maxX - 1 - actionX, height: 1))
        }
        canvas.text(footer, in: Rect(x: inside.x, y: inside.maxY - 1, width: inside.width - 2, height: 1),
                    alignment: .right, style: CellStyle(foreground: .dimText))
    }
}
