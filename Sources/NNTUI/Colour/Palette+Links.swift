/// How the network diagram draws a link of a given weight in each tier.
package struct LinkLook: Equatable, Sendable {
    package var colour: Colour
    /// Dash length in dots (0 for a solid line): monochrome dashes negative weights.
    package var dash: Int
    package var visible: Bool
}

extension Palette {
    /// Weights at or above this magnitude get the full colour (TensorFlow Playground
    /// also saturates its link colours at |w| = 1).
    package static let fullWeight = 1.0

    /// The look of a link: blue for positive and orange for negative weights (as
    /// TensorFlow Playground), from a faint grey for tiny weights to the full hue;
    /// five steps so that dumps stay short. Without colour, negative links are dashed
    /// and near-zero links are left out.
    package func linkLook(weight: Double) -> LinkLook {
        let strength = weight.isFinite ? min(abs(weight) / Palette.fullWeight, 1) : 1
        let hue = weight < 0 ? 0 : 1
        switch tier {
        case .direct, .ansi256:
            let level = (strength * 4).rounded() / 4
            let colour = RGB(0x444444).mixed(with: SemanticColour.classHues[hue], 0.25 + 0.75 * level)
            return LinkLook(colour: .rgb(colour), dash: 0, visible: true)
        case .ansi16, .ansi8:
            if strength < 0.25 { return LinkLook(colour: .border, dash: 0, visible: true) }
            let bright = tier == .ansi16 && strength >= 0.75
            let index = hue == 0 ? (bright ? 11 : 3) : (bright ? 12 : 4)
            return LinkLook(colour: .indexed(index), dash: 0, visible: true)
        case .monochrome:
            return LinkLook(colour: .text, dash: weight < 0 ? 2 : 0, visible: strength >= 0.1)
        }
    }
}
