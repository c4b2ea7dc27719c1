/// Builds the built-in datasets from a seeded `RandomSource`.
///
/// Every generator draws its random numbers in a fixed, documented order, so a
/// (kind, count, noise, classes, seed) tuple names one dataset forever. Points come
/// out class by class, in TensorFlow Playground's order; `DataSplit` shuffles them.
package enum DatasetGenerator {
    /// The playground's square [−6, 6]², the area the decision boundary is drawn on.
    package static let domain: ClosedRange<Double> = -6...6

    /// The noise levels understood: TensorFlow Playground's slider (0…50) divided by 100.
    package static let noiseRange: ClosedRange<Double> = 0...0.5

    /// The class counts `blobs` supports.
    package static let blobClassRange: ClosedRange<Int> = 3...6

    /// `count` points of `kind` with the given noise (0…0.5). `classes` is used only by
    /// blobs (3…6). Out-of-range arguments are clamped rather than trapping (a negative
    /// count gives no points, NaN noise means 0); `TrainingConfig.validate` rejects
    /// them with a message before they get here.
    package static func generate(_ kind: DatasetKind, count: Int, noise: Double, classes: Int,
                                random: inout RandomSource) -> Dataset {
        let n = max(count, 0)
        let noise = noise.isNaN ? 0 : min(max(noise, noiseRange.lowerBound), noiseRange.upperBound)
        let binary = Problem.classification(classes: 2)
        switch kind {
        case .circle:
            return Dataset(samples: CircleDataset.samples(count: n, noise: noise, random: &random), problem: binary)
        case .xor:
            return Dataset(samples: XORDataset.samples(count: n, noise: noise, random: &random), problem: binary)
        case .gauss:
            return Dataset(samples: GaussDataset.samples(count: n, noise: noise, random: &random), problem: binary)
        case .spiral:
            return Dataset(samples: SpiralDataset.samples(count: n, noise: noise, random: &random), problem: binary)
        case .moons:
            return Dataset(samples: MoonsDataset.samples(count: n, noise: noise, random: &random), problem: binary)
        case .blobs:
            let k = min(max(classes, blobClassRange.lowerBound), blobClassRange.upperBound)
            let samples = BlobsDataset.samples(count: n, noise: noise, classes: k, random: &random)
            return Dataset(samples: samples, problem: .classification(classes: k))
        case .checkerboard:
            return Dataset(samples: CheckerboardDataset.samples(count: n, noise: noise, random: &random),
                           problem: binary)
        case .gateAnd, .gateOr, .gateXor:
            let gate: GateDataset.Gate = kind == .gateAnd ? .and : kind == .gateOr ? .or : .xor
            return Dataset(samples: GateDataset.samples(gate, count: n, noise: noise, random: &random),
                           problem: binary)
        case .regPlane:
            return Dataset(samples: PlaneRegressionDataset.samples(count: n, noise: noise, random: &random),
                           problem: .regression)
        case .regGauss:
            return Dataset(samples: GaussRegressionDataset.samples(count: n, noise: noise, random: &random),
                           problem: .regression)
        }
    }

    /// TensorFlow Playground's label +1 ("blue") is class 1, its −1 ("orange") class 0.
    @inline(__always)
    static func classLabel(positive: Bool) -> Double {
        positive ? 1 : 0
    }

    /// How many points each of two classes gets. TensorFlow Playground loops
    /// `i < n/2` per class, which for odd n yields n + 1 points; we keep exactly n
    /// by giving the first class (its positives) the extra point.
    static func halves(_ count: Int) -> (first: Int, second: Int) {
        (count - count / 2, count / 2)
    }

    /// TensorFlow Playground's gaussian variance for a noise level: the linear map
    /// of noise 0…0.5 onto variance 0.5…4, that is σ² = 0.5 + 7·noise.
    static func gaussVariance(noise: Double) -> Double {
        0.5 + (noise - noiseRange.lowerBound) / (noiseRange.upperBound - noiseRange.lowerBound) * (4 - 0.5)
    }

    /// `count` points (x, y) ~ U(−span, span)², each followed by a label-noise shift
    /// (nₓ, n_y) ~ U(−shift, shift)·noise, labelled `label(x + nₓ, y + n_y)`: the pattern
    /// of TensorFlow Playground's XOR and regression sets, where noise moves only where
    /// the label is read. `place` may adjust a coordinate right after it is drawn.
    /// Draws per point, in order: x, y, nₓ, n_y.
    static func uniformPoints(count: Int, span: Double, shift: Double, noise: Double, random: inout RandomSource,
                              place: (Double) -> Double = { $0 },
                              label: (Double, Double) -> Double) -> [Sample] {
        var points: [Sample] = []
        points.reserveCapacity(count)
        for _ in 0..<count {
            let x = place(random.uniform(-span, span))
            let y = place(random.uniform(-span, span))
            let noiseX = random.uniform(-shift, shift) * noise
            let noiseY = random.uniform(-shift, shift) * noise
            points.append(Sample(x1: x, x2: y, label: label(x + noiseX, y + noiseY)))
        }
        return points
    }
}
