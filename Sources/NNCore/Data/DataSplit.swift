/// The points a network trains on, the points that choose between runs (validation:
/// early stopping, a grid search) and the points held out to measure it (test).
package struct DataSplit: Equatable, Sendable {
    /// Points used for the gradient updates.
    package var train: [Sample]
    /// Points evaluated to decide when to stop or which setting is best; never trained on.
    package var validation: [Sample]
    /// Points only ever evaluated, to show over-fitting.
    package var test: [Sample]

    package init(train: [Sample], validation: [Sample] = [], test: [Sample]) {
        self.train = train
        self.validation = validation
        self.test = test
    }

    /// How many inputs each point has (2 for the plane; see `Sample.inputWidth`).
    package var inputWidth: Int {
        (train.first ?? validation.first ?? test.first)?.inputWidth ?? 2
    }

    /// Shuffles a copy of `samples` with `random`, then puts the first
    /// round(n·(1 − testRatio)) points in `train` and the rest in `test`, as TensorFlow
    /// Playground does (it shuffles, then slices). Generators emit their classes in
    /// blocks, so the shuffle is what mixes both classes into each half.
    ///
    /// With `validationRatio` v > 0 the last round(n·v) points of that training part
    /// become the validation set, so the test set (and, at v = 0, every set) is the
    /// same as without one, bit for bit.
    ///
    /// Ratios are clamped to 0…1 (NaN counts as 0); validation never takes the last
    /// training point. Rounding (not truncation) keeps 500 points at ratio
    /// 0.9 at 50 training points even though 500·(1 − 0.9) is 49.999….
    package static func split(_ samples: [Sample], testRatio: Double, validationRatio: Double = 0,
                             random: inout RandomSource) -> DataSplit {
        func clamped(_ r: Double) -> Double { r.isNaN ? 0 : min(max(r, 0), 1) }
        var shuffled = samples
        random.shuffle(&shuffled)
        let n = shuffled.count
        let trainEnd = min(n, Int((Double(n) * (1 - clamped(testRatio))).rounded()))
        let validationCount = min(max(0, trainEnd - 1), Int((Double(n) * clamped(validationRatio)).rounded()))
        let validationStart = trainEnd - validationCount
        return DataSplit(train: Array(shuffled[..<validationStart]),
                         validation: Array(shuffled[validationStart..<trainEnd]),
                         test: Array(shuffled[trainEnd...]))
    }
}
