/// One character cell of the screen: what views draw into before a backend presents it.
///
/// `character` is always one column wide (see `Character.oneColumn`); the colours
/// are semantic or concrete (`Colour`) and become terminal colours only when a
/// `Palette` resolves them, so one canvas can be shown at any colour tier.
package struct Cell: Equatable, Hashable, Sendable {
    package var character: Character
    package var foreground: Colour
    package var background: Colour
    package var attributes: CellAttributes

    package init(_ character: Character = " ", foreground: Colour = .text, background: Colour = .background,
                attributes: CellAttributes = []) {
        self.character = character
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// A blank cell of the screen's background.
    package static let blank = Cell()

    /// This cell's style (colours and attributes) without its character.
    package var style: CellStyle {
        get { CellStyle(foreground: foreground, background: background, attributes: attributes) }
        set {
            foreground = newValue.foreground
            background = newValue.background
            attributes = newValue.attributes
        }
    }
}

/// Colours and attributes to draw with: a cell without its character.
package struct CellStyle: Equatable, Hashable, Sendable {
    package var foreground: Colour
    package var background: Colour
    package var attributes: CellAttributes

    package init(foreground: Colour = .text, background: Colour = .background, attributes: CellAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Plain text on the screen's background.
    package static let plain = CellStyle()

    /// The same style with another foreground.
    package func with(foreground: Colour) -> CellStyle {
        CellStyle(foreground: foreground, background: background, attributes: attributes)
    }

    /// The same style with another background.
    package func with(background: Colour) -> CellStyle {
        CellStyle(foreground: foreground, background: background, attributes: attributes)
    }

    /// The same style with `extra` attributes added.
    package func adding(_ extra: CellAttributes) -> CellStyle {
        CellStyle(foreground: foreground, background: background, attributes: attributes.union(extra))
    }
}
