/// The colour roles views ask for; `Palette` turns each into a concrete colour per tier.
///
/// The values follow TensorFlow Playground: class A (label 0, its "−1") is orange,
/// class B (label 1, its "+1") is blue, negative weights orange, positive weights blue;
/// further classes get their own hues. Tuned for a dark background, which the palette
/// paints itself in 256 and direct colour.
package enum SemanticColour: Hashable, Sendable, CustomStringConvertible {
    case background
    case text
    case dimText
    case border
    case title
    case accent
    /// The row or button that has the keyboard focus.
    case focusBackground
    /// The text field being edited.
    case editBackground
    /// The status and key-hint bars at the top and bottom.
    case barBackground
    /// The bright hue of class k: points, legends, labels (k = 0…5, wraps after).
    case classPoint(Int)
    case positiveWeight
    case negativeWeight
    case trainLoss
    case testLoss
    /// The validation loss curve (a third hue, apart from train and test).
    case validationLoss
    /// Red text: something is wrong.
    case warning
    /// The background of the "diverged" banner.
    case warningBackground
    /// Green text: running, improved.
    case good

    /// Hues of the classes, in class order (six distinct ones; more classes wrap).
    package static let classHues: [RGB] = [
        RGB(0xFF9F40), RGB(0x4FB0FF), RGB(0x7BD66B), RGB(0xD77BE0), RGB(0xE8D44D), RGB(0x3CCFC0),
    ]
    /// The 16-colour entries of the class hues (bright variants).
    static let classANSI16 = [11, 12, 10, 13, 14, 9]
    /// The 8-colour entries of the class hues.
    static let classANSI8 = [3, 4, 2, 5, 6, 1]

    /// The name used in frame dumps: `classA`, `class3`, `focus`, ...
    package var description: String {
        switch self {
        case .background: return "background"
        case .text: return "text"
        case .dimText: return "dim"
        case .border: return "border"
        case .title: return "title"
        case .accent: return "accent"
        case .focusBackground: return "focus"
        case .editBackground: return "edit"
        case .barBackground: return "bar"
        case .classPoint(let k): return k == 0 ? "classA" : k == 1 ? "classB" : "class\(k)"
        case .positiveWeight: return "positive"
        case .negativeWeight: return "negative"
        case .trainLoss: return "trainLoss"
        case .testLoss: return "testLoss"
        case .validationLoss: return "valLoss"
        case .warning: return "warning"
        case .warningBackground: return "warningBg"
        case .good: return "good"
        }
    }

    /// The 24-bit value (direct colour; 256 colours use its nearest table entry).
    package var rgb: RGB {
        switch self {
        case .background: return RGB(0x1C1C1C)
        case .text: return RGB(0xD0D0D0)
        case .dimText: return RGB(0x8A8A8A)
        case .border: return RGB(0x4E4E4E)
        case .title: return RGB(0xEEEEEE)
        case .accent: return RGB(0x5FD7AF)
        case .focusBackground: return RGB(0x444444)
        case .editBackground: return RGB(0x080808)
        case .barBackground: return RGB(0x303030)
        case .classPoint(let k): return SemanticColour.classHues[SemanticColour.hueIndex(k)]
        case .positiveWeight: return SemanticColour.classHues[1]
        case .negativeWeight: return SemanticColour.classHues[0]
        case .trainLoss: return RGB(0x87D7FF)
        case .testLoss: return RGB(0xFF87D7)
        case .validationLoss: return RGB(0xFFD75F)
        case .warning: return RGB(0xFF5F5F)
        case .warningBackground: return RGB(0x870000)
        case .good: return RGB(0x87D75F)
        }
    }

    /// The ANSI entry in 16-colour terminals; nil means the terminal's default.
    package var ansi16: Int? {
        switch self {
        case .background, .text, .focusBackground, .editBackground, .barBackground: return nil
        case .dimText, .border: return 8
        case .title: return 15
        case .accent: return 6
        case .classPoint(let k): return SemanticColour.classANSI16[SemanticColour.hueIndex(k)]
        case .positiveWeight: return 12
        case .negativeWeight: return 11
        case .trainLoss: return 14
        case .testLoss: return 13
        case .validationLoss: return 11
        case .warning: return 9
        case .warningBackground: return 1
        case .good: return 10
        }
    }

    /// The ANSI entry in 8-colour terminals; nil means the terminal's default.
    package var ansi8: Int? {
        switch self {
        case .background, .text, .dimText, .border, .title, .focusBackground, .editBackground, .barBackground:
            return nil
        case .accent: return 6
        case .classPoint(let k): return SemanticColour.classANSI8[SemanticColour.hueIndex(k)]
        case .positiveWeight: return 4
        case .negativeWeight: return 3
        case .trainLoss: return 6
        case .testLoss: return 5
        case .validationLoss: return 3
        case .warning: return 1
        case .warningBackground: return 1
        case .good: return 2
        }
    }

    /// Attributes that go with the role in `tier`: some always (titles are bold), most
    /// only where the tier cannot show the colour (focus becomes reverse video in
    /// 16/8 colours and monochrome, dim text becomes the dim attribute without greys).
    package func attributes(in tier: ColourTier) -> CellAttributes {
        let lowColour = tier == .ansi16 || tier == .ansi8 || tier == .monochrome
        switch self {
        case .dimText, .border: return tier == .ansi8 || tier == .monochrome ? .dim : []
        case .title, .warning: return .bold
        case .focusBackground: return lowColour ? .reverse : []
        case .editBackground: return .underline
        case .warningBackground: return tier == .monochrome ? [.reverse, .bold] : .bold
        case .barBackground: return tier == .monochrome ? .reverse : []
        case .classPoint, .accent, .good, .positiveWeight, .negativeWeight:
            return tier == .monochrome ? .bold : []
        default: return []
        }
    }

    static func hueIndex(_ k: Int) -> Int {
        let n = classHues.count
        return ((k % n) + n) % n
    }
}
