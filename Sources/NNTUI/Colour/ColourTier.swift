/// How many colours the terminal can show, from most to fewest.
package enum ColourTier: String, CaseIterable, Sendable, CustomStringConvertible {
    /// 24-bit colour (terminfo with COLORS = 2²⁴, e.g. `xterm-direct`).
    case direct
    /// The xterm 256-colour table.
    case ansi256 = "256"
    /// The 16 ANSI colours.
    case ansi16 = "16"
    /// The 8 basic ANSI colours.
    case ansi8 = "8"
    /// No colour at all (also for `NO_COLOR`): attributes, shade glyphs and point shapes.
    case monochrome = "mono"

    package var description: String { rawValue }

    /// Whether any colour is shown.
    package var hasColour: Bool { self != .monochrome }

    /// Whether heatmaps shade with glyphs (` ░▒▓█`) instead of half-block colours:
    /// 16, 8 and no colours are too few for a smooth colour scale.
    package var shadesWithGlyphs: Bool { self == .ansi16 || self == .ansi8 || self == .monochrome }

    /// The tier to use for a terminal reporting `colours` (curses `COLORS`, 0 or
    /// negative when it has no colour) and the value of the `NO_COLOR` environment
    /// variable (nil when unset). Per no-color.org, a set, non-empty `NO_COLOR`
    /// means no colour.
    package static func detect(colours: Int, noColor: String?) -> ColourTier {
        if let noColor, !noColor.isEmpty { return .monochrome }
        switch colours {
        case (1 << 24)...: return .direct
        case 256...: return .ansi256
        case 16...: return .ansi16
        case 8...: return .ansi8
        default: return .monochrome
        }
    }
}
