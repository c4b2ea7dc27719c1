/// nnplay's "blobs": K round gaussian clouds (3 ≤ K ≤ 6), one class each, the
/// multi-class cousin of TensorFlow Playground's two gaussians.
///
/// Class k is centred at radius 3.5 on the angle θₖ = 2πk/K + π/2, that is at
/// (3.5·cos θₖ, 3.5·sin θₖ): class 0 straight up, the rest counter-clockwise.
/// Each coordinate is normal with the gaussian dataset's variance σ² = 0.5 + 7·noise.
/// Class k gets ⌊n/K⌋ points, plus one for the first n mod K classes.
/// Draws per point, class by class: x, then y. Nothing is clamped: the outer edge of a
/// cloud is 2.5 from its centre, so about one point in 10 000 lies outside [−6, 6]² at
/// noise 0 (σ ≈ 0.71) and about one in ten at noise 0.5 (σ = 2).
enum BlobsDataset {
    static let centreRadius = 3.5

    /// The centre of class `k` of `classes`.
    static func centre(_ k: Int, of classes: Int) -> (x: Double, y: Double) {
        let theta = 2 * Double.pi * Double(k) / Double(classes) + Double.pi / 2
        return (centreRadius * PlatformMath.cos(theta), centreRadius * PlatformMath.sin(theta))
    }

    static func samples(count: Int, noise: Double, classes: Int, random: inout RandomSource) -> [Sample] {
        let sd = DatasetGenerator.gaussVariance(noise: noise).squareRoot()
        var points: [Sample] = []
        points.reserveCapacity(count)
        for k in 0..<classes {
            let n = count / classes + (k < count % classes ? 1 : 0)
            let c = centre(k, of: classes)
            for _ in 0..<n {
                let x = random.normal(mean: c.x, standardDeviation: sd)
                let y = random.normal(mean: c.y, standardDeviation: sd)
                points.append(Sample(x1: x, x2: y, label: Double(k)))
            }
        }
        return points
    }
}
