/// The points a network trains on and the points held out to measure it.
public struct DataSplit: Equatable, Sendable {
    /// Points used for the gradient updates.
    public var train: [Sample]
    /// Points only ever evaluated, to show over-fitting.
    public var test: [Sample]

    public init(train: [Sample], test: [Sample]) {
        self.train = train
        self.test = test
    }

    /// Shuffles a copy of `samples` with `random`, then puts the first
    /// round(n·(1 − testRatio)) points in `train` and the rest in `test`, as TensorFlow
    /// Playground does (it shuffles, then slices). Generators emit their classes in
    /// blocks, so the shuffle is what mixes both classes into each half.
    ///
    /// `testRatio` is clamped to 0…1 (NaN counts as 0); 0 puts every point in `train`.
    /// Rounding (not truncation) keeps 500 points at ratio 0.9 at 50 training points
    /// even though 500·(1 − 0.9) is 49.999….
    public static func split(_ samples: [Sample], testRatio: Double, random: inout RandomSource) -> DataSplit {
        let ratio = testRatio.isNaN ? 0 : min(max(testRatio, 0), 1)
        var shuffled = samples
        random.shuffle(&shuffled)
        let trainCount = min(shuffled.count, Int((Double(shuffled.count) * (1 - ratio)).rounded()))
        return DataSplit(train: Array(shuffled[..<trainCount]), test: Array(shuffled[trainCount...]))
    }
}
