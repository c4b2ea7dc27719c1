/// The frame every part of the digits screen sits in: a rounded box with its title,
/// drawn in the accent colour while the part has the keys. Returns the inside.
enum DigitsPanel {
    @discardableResult
    static func frame(_ rect: Rect, title: String, focused: Bool, canvas: inout Canvas) -> Rect {
        let style = CellStyle(foreground: focused ? .accent : .border)
        canvas.box(rect, title: title, style: style,
                   titleStyle: CellStyle(foreground: focused ? .accent : .title, attributes: .bold))
        return rect.inset(dx: 1, dy: 1)
    }
}
