/// The colours and glyphs of the landscape lab: a grey scale for the surface (so the
/// methods' bright hues stand out on it) and, per method slot, a hue and a glyph, so
/// methods differ without colour too.
///
/// Direct and 256 colours paint half-block pixels from a dark low to a light high in
/// `surfaceLevels` steps, contour pixels a step lighter than their neighbours; 16, 8
/// and no colours shade one glyph per cell (` ░▒▓`, denser is higher), as the
/// playground's heatmap does.
extension Palette {
    /// Steps of the surface's grey scale.
    package static let surfaceLevels = 16
    /// The colour of the lowest and highest shades: pure greys, so that 256 colours map
    /// them onto the grey ramp monotonically (tinted greys jump between ramp and cube).
    package static let surfaceLow = RGB(0x121212), surfaceHigh = RGB(0x626262)
    /// The colour of contour lines over the lowest and over the highest shade.
    package static let contourLow = RGB(0x3A3A3A), contourHigh = RGB(0x8A8A8A)

    /// The colour of a surface pixel of `shade` in [0, 1] (direct and 256 colours).
    package func surfaceColour(shade: Double, contour: Bool) -> Colour {
        let level = (min(max(shade, 0), 1) * Double(Palette.surfaceLevels - 1)).rounded() / Double(Palette.surfaceLevels - 1)
        let (low, high) = contour ? (Palette.contourLow, Palette.contourHigh) : (Palette.surfaceLow, Palette.surfaceHigh)
        return .rgb(low.mixed(with: high, level))
    }

    /// The glyph of a cell whose two pixels have `shade` on average (16, 8 and no colours).
    package static func surfaceGlyph(shade: Double, contour: Bool) -> Character {
        if contour { return "·" }
        return [" ", " ", "░", "▒"][min(3, max(0, Int(shade * 4)))]
    }
}

/// How method slot k is drawn: its hue (the playground's class hues: orange, blue,
/// green, magenta), its glyph for the current point, and the glyph of its trail where
/// pixels cannot be drawn.
package enum MethodMarks {
    package static func colour(_ slot: Int) -> Colour { .classHue(slot) }
    package static func head(_ slot: Int) -> Character { PointMarks.glyph(classIndex: slot, isTest: false) }
    /// The trail without colour: the hollow form of the head, so each path stays its own.
    package static func trail(_ slot: Int, tier: ColourTier) -> Character {
        tier.hasColour ? "•" : PointMarks.glyph(classIndex: slot, isTest: true)
    }
}
