/// The curve lab's colours and marks, one place for every view and legend.
enum CurvesStyle {
    static let truth = Colour.dimText
    static let closedForm = Colour.accent
    static let descent = Colour.classHue(0)
    static let network = Colour.classHue(3)
    static let train = Colour.classHue(1)
    static let validation = Colour.semantic(.validationLoss)
    static let test = Colour.semantic(.testLoss)
    static let faint = Colour.border

    static let trainMark: Character = "•"
    static let validationMark: Character = "◦"
    static let testMark: Character = "×"

    /// `━ name` in the series' colour, for legends.
    static func legend(_ name: String, _ colour: Colour, mark: String = "━") -> [TextSpan] {
        [TextSpan(mark + " ", CellStyle(foreground: colour, attributes: .bold)), TextSpan(name + "  ", CellStyle(foreground: .text))]
    }
}
