/// The bridge from what views drew to what the curses screen draws.
extension Canvas {
    /// The cells, row-major, as a terminal of `palette`'s tier shows them: concrete
    /// colour numbers (−1 default, 0…255, or 0xRRGGBB in direct colour) and attribute
    /// bits (bold 1, dim 2, reverse 4, underline 8, as `CellAttributes`), for
    /// `CursesScreen.present(_:width:)`.
    package func screenCells(palette: Palette) -> [ScreenCell] {
        cells.map { cell in
            let style = palette.resolve(cell)
            return ScreenCell(cell.character, foreground: style.foreground.colourNumber,
                              background: style.background.colourNumber, attributes: style.attributes.rawValue)
        }
    }
}
