/// Maps what views drew (semantic and concrete colours) to what a terminal of one
/// colour tier can show, and supplies the tier's colour scales (see `Palette+Heat`).
package struct Palette: Equatable, Sendable {
    package let tier: ColourTier

    package init(tier: ColourTier) {
        self.tier = tier
    }

    /// The terminal colour for `colour` in this tier.
    package func resolve(_ colour: Colour) -> TerminalColour {
        switch colour {
        case .terminalDefault:
            return .default
        case .semantic(let role):
            switch tier {
            case .direct: return .direct(role.rgb)
            case .ansi256: return .indexed(XTermColours.nearest256(role.rgb))
            case .ansi16: return role.ansi16.map(TerminalColour.indexed) ?? .default
            case .ansi8: return role.ansi8.map(TerminalColour.indexed) ?? .default
            case .monochrome: return .default
            }
        case .rgb(let rgb):
            switch tier {
            case .direct: return .direct(rgb)
            case .ansi256: return .indexed(XTermColours.nearest256(rgb))
            case .ansi16: return .indexed(XTermColours.nearestANSI(rgb, count: 16))
            case .ansi8: return .indexed(XTermColours.nearestANSI(rgb, count: 8))
            case .monochrome: return .default
            }
        case .indexed(let index):
            switch tier {
            case .direct: return .direct(XTermColours.rgb(ofIndex: index))
            case .ansi256: return .indexed(min(max(index, 0), 255))
            case .ansi16:
                return .indexed(index < 16 ? max(index, 0)
                                : XTermColours.nearestANSI(XTermColours.rgb(ofIndex: index), count: 16))
            case .ansi8:
                return .indexed(index < 8 ? max(index, 0)
                                : XTermColours.nearestANSI(XTermColours.rgb(ofIndex: index), count: 8))
            case .monochrome: return .default
            }
        }
    }

    /// The cell's colours and attributes in this tier: the cell's own attributes plus
    /// those its colour roles call for here (e.g. focus → reverse video without colour).
    package func resolve(_ cell: Cell) -> ResolvedStyle {
        var attributes = cell.attributes
        if case .semantic(let role) = cell.foreground { attributes.formUnion(role.attributes(in: tier)) }
        if case .semantic(let role) = cell.background { attributes.formUnion(role.attributes(in: tier)) }
        return ResolvedStyle(foreground: resolve(cell.foreground), background: resolve(cell.background),
                             attributes: attributes)
    }

    /// How a colour is written in frame dumps: `classA(208)`, `#303030(236)`, `default`.
    /// Concrete colours show only their terminal value, so neighbouring pixels that the
    /// tier cannot tell apart read (and merge) as one.
    package func label(_ colour: Colour) -> String {
        let value = resolve(colour)
        if case .semantic(let role) = colour {
            return value == .default ? role.description : "\(role)(\(value))"
        }
        return value.description
    }
}

/// A cell's look as the terminal will show it.
package struct ResolvedStyle: Hashable, Sendable {
    package var foreground: TerminalColour
    package var background: TerminalColour
    package var attributes: CellAttributes

    package init(foreground: TerminalColour, background: TerminalColour, attributes: CellAttributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
