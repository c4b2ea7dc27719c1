/// TensorFlow Playground's "circle": a disc of class 1 inside a ring of class 0.
///
/// The first ⌈n/2⌉ points have radius r ~ U(0, 2.5), the other ⌊n/2⌋ radius
/// r ~ U(3.5, 5); the angle a ~ U(0, 2π) and the point is (r·sin a, r·cos a).
/// Noise does not move the points: it moves the place where the label is read,
/// (x + nₓ, y + n_y) with nₓ, n_y ~ U(−5, 5)·noise, and the label is 1 when that
/// place lies within radius 2.5. So noise flips labels near the gap.
/// Draws per point, in order: r, a, nₓ, n_y. Every point lies in the disc of radius 5.
enum CircleDataset {
    static let radius = 5.0

    static func samples(count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        let (inner, outer) = DatasetGenerator.halves(count)
        var points: [Sample] = []
        points.reserveCapacity(count)
        func ring(_ n: Int, from low: Double, to high: Double) {
            for _ in 0..<n {
                let r = random.uniform(low, high)
                let angle = random.uniform(0, 2 * Double.pi)
                let x = r * PlatformMath.sin(angle)
                let y = r * PlatformMath.cos(angle)
                let noiseX = random.uniform(-radius, radius) * noise
                let noiseY = random.uniform(-radius, radius) * noise
                points.append(Sample(x1: x, x2: y, label: label(x: x + noiseX, y: y + noiseY)))
            }
        }
        ring(inner, from: 0, to: radius * 0.5)
        ring(outer, from: radius * 0.7, to: radius)
        return points
    }

    /// Class 1 strictly inside radius 2.5 of the origin, class 0 elsewhere.
    static func label(x: Double, y: Double) -> Double {
        DatasetGenerator.classLabel(positive: (x * x + y * y).squareRoot() < radius * 0.5)
    }
}
