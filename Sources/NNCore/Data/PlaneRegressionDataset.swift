/// TensorFlow Playground's "plane" regression: the target rises linearly along the
/// diagonal, label = (x + y)/10 (its linear map of x + y from [−10, 10] onto [−1, 1]).
///
/// x, y ~ U(−6, 6); noise shifts where the label is read, with nₓ, n_y ~ U(−6, 6)·noise:
/// label = (x + nₓ + y + n_y)/10. Like TensorFlow Playground, the map is not clamped,
/// so labels lie in (−1.2, 1.2) at noise 0 and in (−1.8, 1.8) at noise 0.5.
/// Draws per point, in order: x, y, nₓ, n_y.
enum PlaneRegressionDataset {
    static let radius = 6.0

    static func samples(count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        DatasetGenerator.uniformPoints(count: count, span: radius, shift: radius, noise: noise, random: &random, label: label)
    }

    /// (x + y)/10.
    static func label(x: Double, y: Double) -> Double {
        (x + y) / 10
    }
}
