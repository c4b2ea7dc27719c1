/// TensorFlow Playground's "multi gaussian" regression: six bumps of height +1 or −1.
///
/// Bumps sit at x ∈ {−4, 0, 4}, y ∈ {2.5, −2.5} with alternating signs. A bump of
/// sign s contributes s·max(0, 1 − d/2) at distance d from its centre (the linear
/// map of d from [0, 2] onto [1, 0], clamped); the label is the contribution largest
/// in absolute value (the first such bump on a tie), so labels lie in [−1, 1].
/// x, y ~ U(−6, 6); noise shifts where the label is read, with
/// nₓ, n_y ~ U(−6, 6)·noise. Draws per point, in order: x, y, nₓ, n_y.
enum GaussRegressionDataset {
    static let radius = 6.0

    /// (centre x, centre y, sign) of each bump, in TensorFlow Playground's order.
    static let bumps: [(x: Double, y: Double, sign: Double)] = [
        (-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1),
        (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1),
    ]

    static func samples(count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        DatasetGenerator.uniformPoints(count: count, span: radius, shift: radius, noise: noise, random: &random, label: label)
    }

    /// The strongest bump's signed height at (x, y).
    static func label(x: Double, y: Double) -> Double {
        var label = 0.0
        for bump in bumps {
            let dx = x - bump.x, dy = y - bump.y
            let distance = (dx * dx + dy * dy).squareRoot()
            let height = min(max(1 - distance / 2, 0), 1)
            let value = bump.sign * height
            if abs(value) > abs(label) { label = value }
        }
        return label
    }
}
