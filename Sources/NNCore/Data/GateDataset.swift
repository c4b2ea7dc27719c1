/// nnplay's logic gates: the truth tables of AND, OR and XOR as points, the classic
/// first lesson (a single neuron learns AND and OR but not XOR).
///
/// An input 0 is the coordinate −3, an input 1 is +3. Point i sits on corner
/// i mod 4, in truth-table order (0,0), (0,1), (1,0), (1,1) for (x1, x2), so the
/// default 4 points are exactly the table and larger counts cycle through it. Each
/// coordinate gets a normal jitter of standard deviation 2·noise (none at noise 0).
/// Draws per point, in order: jitter x, jitter y (drawn at noise 0 too).
/// At noise 0.5 (σ = 1) a point leaves [−6, 6]² with probability about 0.3 %.
enum GateDataset {
    /// Which truth table.
    enum Gate: Sendable {
        case and, or, xor

        /// The gate's output for inputs `a` and `b`.
        func output(_ a: Bool, _ b: Bool) -> Bool {
            switch self {
            case .and: return a && b
            case .or: return a || b
            case .xor: return a != b
            }
        }
    }

    /// Where the logical values 0 and 1 sit on each axis.
    static let corner = 3.0

    static func samples(_ gate: Gate, count: Int, noise: Double, random: inout RandomSource) -> [Sample] {
        let sd = 2 * noise
        var points: [Sample] = []
        points.reserveCapacity(count)
        for i in 0..<count {
            let a = (i % 4) >= 2
            let b = (i % 4) % 2 == 1
            let x = (a ? corner : -corner) + random.normal(mean: 0, standardDeviation: sd)
            let y = (b ? corner : -corner) + random.normal(mean: 0, standardDeviation: sd)
            points.append(Sample(x1: x, x2: y, label: DatasetGenerator.classLabel(positive: gate.output(a, b))))
        }
        return points
    }
}
