import Testing
@testable import NNCore

/// What the noise slider does to each kind: flips labels, or moves points.
@Suite struct DatasetNoiseTests {
    func make(_ kind: DatasetKind, count: Int = 1000, noise: Double, seed: UInt64 = 5) -> [Sample] {
        var random = RandomSource(seed: seed, stream: .data)
        return DatasetGenerator.generate(kind, count: count, noise: noise, classes: 3, random: &random).samples
    }

    /// The labels that disagree with the noiseless rule `rule`.
    func disagreements(_ samples: [Sample], _ rule: (Double, Double) -> Double) -> Int {
        samples.filter { $0.label != rule($0.x1, $0.x2) }.count
    }

    @Test func circleXorAndCheckerboardFollowTheirRuleExactlyAtNoiseZero() {
        let circle: (Double, Double) -> Double = { x, y in (x * x + y * y).squareRoot() < 2.5 ? 1 : 0 }
        let xor: (Double, Double) -> Double = { x, y in x * y >= 0 ? 1 : 0 }
        let board: (Double, Double) -> Double = { x, y in
            (Int((x / 3).rounded(.down)) + Int((y / 3).rounded(.down))).isMultiple(of: 2) ? 1 : 0
        }
        #expect(disagreements(make(.circle, noise: 0), circle) == 0)
        #expect(disagreements(make(.xor, noise: 0), xor) == 0)
        #expect(disagreements(make(.checkerboard, noise: 0), board) == 0)
        // At full noise the label is read at a shifted place, so some labels flip...
        #expect(disagreements(make(.circle, noise: 0.5), circle) > 10)
        #expect(disagreements(make(.xor, noise: 0.5), xor) > 10)
        #expect(disagreements(make(.checkerboard, noise: 0.5), board) > 10)
        // ...but the points themselves stay where the noiseless draw put them.
        #expect(make(.circle, noise: 0).map(\.x1) == make(.circle, noise: 0.5).map(\.x1))
        #expect(make(.xor, noise: 0).map(\.x2) == make(.xor, noise: 0.5).map(\.x2))
    }

    @Test func circleRadiiAndXorPaddingAtNoiseZero() {
        let circle = make(.circle, noise: 0)
        let radii = circle.map { ($0.x1 * $0.x1 + $0.x2 * $0.x2).squareRoot() }
        #expect(radii.prefix(500).allSatisfy { $0 < 2.5 })
        #expect(radii.suffix(500).allSatisfy { $0 >= 3.5 - 1e-12 && $0 <= 5 + 1e-12 })
        #expect(make(.xor, noise: 0).allSatisfy { abs($0.x1) >= 0.3 && abs($0.x2) >= 0.3 && abs($0.x1) <= 5.3 })
    }

    /// Mean squared distance of a cloud's points from `centre`, per coordinate: the variance.
    func variance(_ samples: [Sample], centre: (Double, Double)) -> Double {
        let sum = samples.reduce(0.0) { $0 + ($1.x1 - centre.0) * ($1.x1 - centre.0) + ($1.x2 - centre.1) * ($1.x2 - centre.1) }
        return sum / Double(2 * samples.count)
    }

    /// TensorFlow Playground's variance map: σ² = 0.5 at noise 0, 2.25 at 0.25, 4 at 0.5.
    @Test func gaussSpreadGrowsWithNoiseAsTheVarianceMapSays() {
        #expect(DatasetGenerator.gaussVariance(noise: 0) == 0.5)
        #expect(DatasetGenerator.gaussVariance(noise: 0.5) == 4)
        let expected: [(noise: Double, variance: Double)] = [(0, 0.5), (0.25, 2.25), (0.5, 4)]
        var previous = 0.0
        for (noise, expectedVariance) in expected {
            let samples = make(.gauss, count: 4000, noise: noise)
            let positives = samples.filter { $0.label == 1 }, negatives = samples.filter { $0.label == 0 }
            let v = variance(positives, centre: (2, 2))
            #expect(abs(v / expectedVariance - 1) < 0.1, "noise \(noise): variance \(v)")
            #expect(abs(variance(negatives, centre: (-2, -2)) / expectedVariance - 1) < 0.1)
            #expect(v > previous)
            previous = v
        }
    }

    @Test func spiralAndMoonsSitOnTheirCurvesAtNoiseZeroAndMoveWithNoise() {
        let spiral = make(.spiral, count: 200, noise: 0)
        for (i, p) in spiral.prefix(100).enumerated() {
            let r = (p.x1 * p.x1 + p.x2 * p.x2).squareRoot()
            #expect(abs(r - 5 * Double(i) / 100) < 1e-9)
        }
        #expect(spiral[0] == Sample(x1: 0, x2: 0, label: 1))
        let noisy = make(.spiral, count: 200, noise: 0.5)
        let moved = zip(spiral, noisy).map { max(abs($0.x1 - $1.x1), abs($0.x2 - $1.x2)) }
        #expect(moved.allSatisfy { $0 <= 0.5 } && moved.contains { $0 > 0.25 })

        // Moons: the upper moon is a half circle of radius 10/3 around (−5/3, −5/6),
        // the lower one a half circle around (5/3, 5/6), at noise 0.
        let moons = make(.moons, noise: 0)
        let s = 10.0 / 3
        for p in moons {
            let (cx, cy) = p.label == 1 ? (-s / 2, -s / 4) : (s / 2, s / 4)
            let r = ((p.x1 - cx) * (p.x1 - cx) + (p.x2 - cy) * (p.x2 - cy)).squareRoot()
            #expect(abs(r - s) < 1e-9)
            #expect(p.label == 1 ? p.x2 >= cy - 1e-9 : p.x2 <= cy + 1e-9)
        }
        #expect(moons.allSatisfy { abs($0.x1) <= 5 + 1e-9 && abs($0.x2) <= 2.5 + 1e-9 })
        let jitter = zip(moons, make(.moons, noise: 0.5)).map { $1.x1 - $0.x1 }
        let sd = (jitter.reduce(0) { $0 + $1 * $1 } / Double(jitter.count)).squareRoot()
        #expect(abs(sd - 1) < 0.1, "moons jitter sd \(sd) at noise 0.5")
    }

    @Test func gatesAndBlobsJitterWithNoise() {
        let corners = make(.gateXor, count: 4000, noise: 0.5)
        let offsets = corners.map { $0.x1 - ($0.x1 > 0 ? 3 : -3) }
        let sd = (offsets.reduce(0) { $0 + $1 * $1 } / Double(offsets.count)).squareRoot()
        #expect(abs(sd - 1) < 0.1, "gate jitter sd \(sd) at noise 0.5")
        var random = RandomSource(seed: 9)
        let blobs = DatasetGenerator.generate(.blobs, count: 3000, noise: 0, classes: 3, random: &random).samples
        for k in 0..<3 {
            let centre = BlobsDataset.centre(k, of: 3)
            let cloud = blobs.filter { $0.label == Double(k) }
            #expect(abs(variance(cloud, centre: centre) / 0.5 - 1) < 0.1)
        }
        let top = BlobsDataset.centre(0, of: 4)
        #expect(abs(top.x) < 1e-12 && top.y == 3.5)
    }
}
