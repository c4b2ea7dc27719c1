/// TensorFlow Playground's "spiral": two arms winding 1.75 turns out from the centre.
///
/// Point i of an arm of m points has radius r = 5·i/m and angle
/// t = 1.75·(i/m)·2π + Δ (Δ = 0 for class 1, π for class 0), placed at
/// (r·sin t + U(−1, 1)·noise, r·cos t + U(−1, 1)·noise): here noise really moves
/// the points. Class 1 gets ⌈n/2⌉ points. The only draws are the two jitters per
/// point (made at noise 0 too, so the stream does not depend on noise). Every point
/// lies within radius 5 + 0.5·√2, inside [−6, 6]².
enum SpiralDataset {
    static func samples(count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        let (positives, negatives) = DatasetGenerator.halves(count)
        var points: [Sample] = []
        points.reserveCapacity(count)
        func arm(_ n: Int, deltaT: Double, positive: Bool) {
            let m = Double(n)
            for i in 0..<n {
                let r = Double(i) / m * 5
                let t = 1.75 * Double(i) / m * 2 * Double.pi + deltaT
                let x = r * PlatformMath.sin(t) + random.uniform(-1, 1) * noise
                let y = r * PlatformMath.cos(t) + random.uniform(-1, 1) * noise
                points.append(Sample(x1: x, x2: y, label: DatasetGenerator.classLabel(positive: positive)))
            }
        }
        arm(positives, deltaT: 0, positive: true)
        arm(negatives, deltaT: Double.pi, positive: false)
        return points
    }
}
