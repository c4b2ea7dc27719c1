/// The colour scales of the heatmaps and thumbnails, per tier.
///
/// Direct and 256 colours draw half blocks (two pixels per cell) on a scale from a
/// neutral grey to each class's hue: `Palette.heatLevels` steps per hue in direct
/// colour (TensorFlow Playground also quantizes its scale), a hand-picked ramp of
/// four entries in 256 colours. 16 and 8 colours draw one shade glyph per cell in
/// the hue's ANSI colour, ` ` `░` `▒` for stronger pixels (no denser, so that the
/// points stay visible). Monochrome draws
/// the signed value as a shade glyph (class A light, class B dark) for two hues, and
/// a distinct texture per class for more.
extension Palette {
    /// The colour of "undecided".
    package static let heatNeutral = RGB(0x303030)
    /// Steps per hue between neutral and full strength.
    package static let heatLevels = 10
    /// Shade glyphs from empty to full.
    package static let shadeGlyphs: [Character] = [" ", "░", "▒", "▓", "█"]
    /// One texture per class for monochrome heatmaps of three or more classes.
    package static let classTextures: [Character] = [" ", "▓", "░", "█", "▒", "·"]
    /// The ANSI entries of the class hues for heat cells in 16 and 8 colours (normal, not bright).
    static let heatANSI: [Int] = [3, 4, 2, 5, 6, 1]

    /// Per hue, the 256-colour entries from neutral to full strength, picked by hand:
    /// the cube has few dark oranges and blues, and mixing towards them by nearest
    /// entry wanders through olive and grey.
    package static let heatRamps256: [[Int]] = [
        [236, 94, 130, 166],   // orange
        [236, 24, 25, 26],     // blue
        [236, 22, 28, 34],     // green
        [236, 53, 90, 127],    // magenta
        [236, 58, 100, 142],   // yellow
        [236, 23, 30, 37],     // teal
    ]

    /// The full-strength colour of hue `k` in heatmaps (the last step of its 256 ramp),
    /// less bright than the class hue of the points drawn on top.
    package static func heatRGB(hue k: Int) -> RGB {
        let ramp = heatRamps256[SemanticColour.hueIndex(k)]
        return XTermColours.rgb(ofIndex: ramp[ramp.count - 1])
    }

    /// The step of the 256 ramp for a strength: neutral below 0.2, full from 0.8.
    package static func rampStep(_ strength: Double) -> Int {
        strength < 0.2 ? 0 : strength < 0.5 ? 1 : strength < 0.8 ? 2 : 3
    }

    /// The colour of a pixel, for tiers that draw half blocks: a smooth scale in
    /// `heatLevels` steps in direct colour, the hand-picked ramp in 256 colours.
    package func heatColour(_ pixel: HeatPixel) -> Colour {
        if tier == .ansi256 {
            return .indexed(Palette.heatRamps256[SemanticColour.hueIndex(pixel.hue)][Palette.rampStep(pixel.strength)])
        }
        let level = (pixel.strength * Double(Palette.heatLevels)).rounded()
        return .rgb(Palette.heatNeutral.mixed(with: Palette.heatRGB(hue: pixel.hue), level / Double(Palette.heatLevels)))
    }

    /// The cell that shows two vertically stacked pixels (`hues`: 2 for signed scales,
    /// K for K classes).
    package func heatCell(top: HeatPixel, bottom: HeatPixel, hues: Int) -> Cell {
        switch tier {
        case .direct, .ansi256:
            let upper = heatColour(top), lower = heatColour(bottom)
            return Cell(upper == lower ? " " : Canvas.upperHalf, foreground: upper, background: lower)
        case .ansi16, .ansi8:
            let pixel = Palette.merge(top, bottom, hues: hues)
            let s = pixel.strength
            let glyph = Palette.shadeGlyphs[s < 0.2 ? 0 : s < 0.6 ? 1 : 2]
            let colour = Palette.heatANSI[SemanticColour.hueIndex(pixel.hue)]
            return Cell(glyph, foreground: .indexed(colour), background: .background)
        case .monochrome:
            let pixel = Palette.merge(top, bottom, hues: hues)
            if hues <= 2 {
                let index = Int(((pixel.signedValue + 1) / 2 * 4).rounded())
                return Cell(Palette.shadeGlyphs[min(max(index, 0), 4)])
            }
            let texture = Palette.classTextures[pixel.hue % Palette.classTextures.count]
            return Cell(pixel.strength < 0.2 ? " " : texture)
        }
    }

    /// One pixel standing for two: the mean signed value for two hues, the more
    /// confident pixel for K classes.
    static func merge(_ a: HeatPixel, _ b: HeatPixel, hues: Int) -> HeatPixel {
        if hues <= 2 { return HeatPixel(signed: (a.signedValue + b.signedValue) / 2) }
        return a.strength >= b.strength ? a : b
    }
}
