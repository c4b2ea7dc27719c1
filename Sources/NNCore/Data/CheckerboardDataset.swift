/// nnplay's "checkerboard": the square [−6, 6]² cut into 4×4 squares of side 3,
/// coloured alternately, the XOR idea with twice as many boundaries.
///
/// x, y ~ U(−6, 6). As in TensorFlow Playground's XOR, noise shifts only where the
/// label is read: with nₓ, n_y ~ U(−3, 3)·noise (at most half a square at noise 0.5,
/// as XOR's shift is at most half its quadrant), label = 1 when
/// ⌊(x + nₓ)/3⌋ + ⌊(y + n_y)/3⌋ is even, so the square just above and right of the
/// origin is class 1, like XOR's first quadrant. Draws per point, in order: x, y, nₓ, n_y.
enum CheckerboardDataset {
    static let side = 3.0

    static func samples(count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        DatasetGenerator.uniformPoints(count: count, span: 6, shift: side, noise: noise, random: &random, label: label)
    }

    /// Class 1 on the squares whose column and row indices have an even sum.
    static func label(x: Double, y: Double) -> Double {
        let column = Int((x / side).rounded(.down))
        let row = Int((y / side).rounded(.down))
        return DatasetGenerator.classLabel(positive: (column + row).isMultiple(of: 2))
    }
}
