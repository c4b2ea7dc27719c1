/// One pixel of a heatmap: which hue it leans to and how strongly.
///
/// Two-hue scales (binary classification, regression, a neuron's output) are the
/// signed value v in [−1, 1]: hue 0 (orange) for v < 0, hue 1 (blue) for v ≥ 0, and
/// strength |v|. For K classes, the hue is the most probable class and the strength
/// its confidence rescaled so that 1/K (no idea) is 0 and certainty is 1.
package struct HeatPixel: Equatable, Hashable, Sendable {
    package var hue: Int
    /// 0 (neutral grey) … 1 (the hue at full strength); NaN values become 0.
    package var strength: Double

    package init(hue: Int, strength: Double) {
        self.hue = max(0, hue)
        self.strength = strength.isNaN ? 0 : min(max(strength, 0), 1)
    }

    /// A two-hue pixel from a signed value (clamped to [−1, 1]; NaN is neutral).
    package init(signed value: Double) {
        let v = value.isNaN ? 0 : min(max(value, -1), 1)
        self.init(hue: v < 0 ? 0 : 1, strength: abs(v))
    }

    /// A K-class pixel from the winning class and its probability.
    package init(classIndex: Int, probability: Double, classes: Int) {
        let floor = 1 / Double(max(classes, 2))
        self.init(hue: classIndex, strength: (probability - floor) / (1 - floor))
    }

    /// The neutral pixel (undecided, or no data).
    package static let neutral = HeatPixel(hue: 1, strength: 0)

    /// The signed value of a two-hue pixel: −strength for hue 0, +strength otherwise.
    package var signedValue: Double { hue == 0 ? -strength : strength }

    /// The same pixel pushed to full strength (the "discretize output" toggle), unless it is exactly neutral.
    package var discretized: HeatPixel { strength > 0 ? HeatPixel(hue: hue, strength: 1) : self }
}
