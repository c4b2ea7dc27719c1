/// Points (x, y) drawn from a `CurveTarget` with Gaussian noise on y, split 60/20/20
/// into training, validation and test sets.
package struct CurveSample: Sendable, Equatable {
    package struct Point: Sendable, Equatable {
        package var x: Double
        package var y: Double
        package init(x: Double, y: Double) { self.x = x; self.y = y }
    }

    package let train: [Point]
    package let validation: [Point]
    package let test: [Point]

    package init(train: [Point], validation: [Point], test: [Point]) {
        self.train = train
        self.validation = validation
        self.test = test
    }

    /// `count` points, each x ~ U(domain) then y = f(x) + N(0, noise²), drawn in that
    /// order from the seed's data stream. The first 60% (rounded down) train, the next
    /// 20% validate, the rest test; each set is sorted by x for reading and plotting.
    package init(target: CurveTarget, count: Int, noise: Double, seed: UInt64) {
        var random = RandomSource(seed: seed, stream: .data)
        let domain = target.domain
        var points: [Point] = []
        points.reserveCapacity(count)
        for _ in 0..<count {
            let x = random.uniform(domain.lowerBound, domain.upperBound)
            let y = target.value(at: x) + (noise > 0 ? random.normal(standardDeviation: noise) : 0)
            points.append(Point(x: x, y: y))
        }
        let trainCount = count * 6 / 10, validationCount = count * 2 / 10
        func sorted(_ slice: ArraySlice<Point>) -> [Point] { slice.sorted { $0.x < $1.x } }
        train = sorted(points[..<trainCount])
        validation = sorted(points[trainCount..<(trainCount + validationCount)])
        test = sorted(points[(trainCount + validationCount)...])
    }
}
