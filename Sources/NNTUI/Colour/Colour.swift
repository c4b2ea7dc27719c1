/// A colour as views ask for it: a role the palette maps per tier, or a concrete colour.
package enum Colour: Hashable, Sendable {
    /// The terminal's own default (foreground or background, by position).
    case terminalDefault
    /// A role such as "class A" or "focus": each tier has its own rendering.
    case semantic(SemanticColour)
    /// A 24-bit colour: used as is in direct colour, nearest entry in 256/16/8 colours.
    case rgb(RGB)
    /// An entry of the terminal's 256-colour table, used as is (in 16/8 colours, its nearest).
    case indexed(Int)

    package static let text = Colour.semantic(.text)
    package static let dimText = Colour.semantic(.dimText)
    package static let background = Colour.semantic(.background)
    package static let border = Colour.semantic(.border)
    package static let title = Colour.semantic(.title)
    package static let accent = Colour.semantic(.accent)
    package static let warning = Colour.semantic(.warning)

    /// The bright hue of class `k` (0 = A orange, 1 = B blue, …).
    package static func classHue(_ k: Int) -> Colour { .semantic(.classPoint(k)) }
}

/// A colour the terminal understands: what a backend passes to the screen.
package enum TerminalColour: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's default colour (curses: −1).
    case `default`
    /// An entry of the terminal's colour table (0…255).
    case indexed(Int)
    /// A 24-bit colour for direct-colour terminals.
    case direct(RGB)

    /// The colour number as curses takes it: −1 for the default, the index, or
    /// `0xRRGGBB` on direct-colour terminals (where COLORS is 2²⁴). Values above 255
    /// are normal here; see the ncurses note on passing extended pairs.
    package var colourNumber: Int {
        switch self {
        case .default: return -1
        case .indexed(let i): return i
        case .direct(let rgb): return Int(rgb.hex)
        }
    }

    /// `default`, `208` or `#ff8700`.
    package var description: String {
        switch self {
        case .default: return "default"
        case .indexed(let i): return String(i)
        case .direct(let rgb): return rgb.description
        }
    }
}
