/// TensorFlow Playground's "gaussian": two round clouds, class 1 around (2, 2) and
/// class 0 around (−2, −2).
///
/// Each coordinate is normal with variance σ² = 0.5 + 7·noise (0.5 at noise 0, 4 at
/// noise 0.5), so noise widens the clouds until they overlap. Draws per point: x, y
/// (each one normal deviate, Marsaglia polar). The clouds are unbounded: at noise 0
/// a point leaves [−6, 6]² with probability about 10⁻⁸, at noise 0.5 (σ = 2, the
/// edge two σ from the centre) a few percent of the points do. Nothing is clamped.
enum GaussDataset {
    static func samples(count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        let sd = DatasetGenerator.gaussVariance(noise: noise).squareRoot()
        let (positives, negatives) = DatasetGenerator.halves(count)
        var points: [Sample] = []
        points.reserveCapacity(count)
        func cloud(_ n: Int, centre: Double, positive: Bool) {
            for _ in 0..<n {
                let x = random.normal(mean: centre, standardDeviation: sd)
                let y = random.normal(mean: centre, standardDeviation: sd)
                points.append(Sample(x1: x, x2: y, label: DatasetGenerator.classLabel(positive: positive)))
            }
        }
        cloud(positives, centre: 2, positive: true)
        cloud(negatives, centre: -2, positive: false)
        return points
    }
}
