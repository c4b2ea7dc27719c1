/// nnplay's "moons": two interleaved half circles, the shape of scikit-learn's
/// `make_moons`, scaled to span x from −5 to 5.
///
/// In unit coordinates the upper moon (class 1, ⌈n/2⌉ points) is (cos t, sin t) and
/// the lower moon (class 0) is (1 − cos t, 0.5 − sin t), with t ~ U(0, π). Both are
/// centred on (0.5, 0.25) and scaled by 10/3, so at noise 0 x spans [−5, 5] and
/// y [−2.5, 2.5]. Noise moves the points: each coordinate gets a normal jitter of
/// standard deviation 2·noise (1 at noise 0.5, where the moons touch).
/// Draws per point, in order: t, jitter x, jitter y (jitters drawn at noise 0 too).
/// At noise 0 every point lies in [−5, 5]×[−2.5, 2.5]; at noise 0.5 about 3 % of the
/// points (mostly near the moons' tips) fall outside [−6, 6]²; nothing is clamped.
enum MoonsDataset {
    static let scale = 10.0 / 3.0

    static func samples(count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        let (upper, lower) = DatasetGenerator.halves(count)
        let sd = 2 * noise
        var points: [Sample] = []
        points.reserveCapacity(count)
        func moon(_ n: Int, positive: Bool) {
            for _ in 0..<n {
                let t = random.uniform(0, Double.pi)
                let ux = positive ? PlatformMath.cos(t) : 1 - PlatformMath.cos(t)
                let uy = positive ? PlatformMath.sin(t) : 0.5 - PlatformMath.sin(t)
                let x = scale * (ux - 0.5) + random.normal(mean: 0, standardDeviation: sd)
                let y = scale * (uy - 0.25) + random.normal(mean: 0, standardDeviation: sd)
                points.append(Sample(x1: x, x2: y, label: DatasetGenerator.classLabel(positive: positive)))
            }
        }
        moon(upper, positive: true)
        moon(lower, positive: false)
        return points
    }
}
