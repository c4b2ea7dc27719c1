/// TensorFlow Playground's "exclusive or": class 1 in the quadrants where x·y ≥ 0.
///
/// x, y ~ U(−5, 5), each then pushed 0.3 further from its axis (x += x > 0 ? 0.3 : −0.3)
/// so that no point sits right on a boundary. As in the circle, noise shifts only
/// where the label is read: label = 1 when (x + nₓ)(y + n_y) ≥ 0, with
/// nₓ, n_y ~ U(−5, 5)·noise. Draws per point, in order: x, y, nₓ, n_y.
/// Every point lies in [−5.3, 5.3]².
enum XORDataset {
    static let padding = 0.3

    static func samples(count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        DatasetGenerator.uniformPoints(count: count, span: 5, shift: 5, noise: noise, random: &random,
                                       place: { $0 + ($0 > 0 ? padding : -padding) }, label: label)
    }

    /// Class 1 where x and y have the same sign (or one is zero).
    static func label(x: Double, y: Double) -> Double {
        DatasetGenerator.classLabel(positive: x * y >= 0)
    }
}
