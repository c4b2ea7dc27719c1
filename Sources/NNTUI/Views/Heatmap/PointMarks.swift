/// The glyphs of data points: one shape per class (so classes differ without colour
/// too), filled for training points and hollow for test points.
package enum PointMarks {
    package static let train: [Character] = ["●", "◆", "▲", "■", "★", "✚"]
    package static let test: [Character] = ["○", "◇", "△", "□", "☆", "✛"]

    /// The glyph of a point of class `classIndex` (wrapping after six classes).
    package static func glyph(classIndex: Int, isTest: Bool) -> Character {
        (isTest ? test : train)[wrapping: classIndex]
    }
}

extension Palette {
    /// The colour of a regression point of signed value v: from a light grey at 0 to
    /// the bright class hue of its sign at ±1 (five steps, so dumps stay short).
    package func valuePointColour(_ v: Double) -> Colour {
        let pixel = HeatPixel(signed: v)
        let level = (pixel.strength * 4).rounded() / 4
        return .rgb(RGB(0xB2B2B2).mixed(with: SemanticColour.classHues[pixel.hue], level))
    }
}
