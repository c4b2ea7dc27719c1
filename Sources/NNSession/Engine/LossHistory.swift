/// The train, validation and test loss over the epochs of the current network, for the loss chart.
///
/// A point is recorded every `interval` epochs (at epochs 0, interval, 2·interval, …).
/// When `capacity` points are stored, every other point is dropped (those at odd
/// indices) and the interval doubles, so the points that remain are again exactly
/// `interval` epochs apart: any length of training fits in a bounded array and the
/// curve stays evenly spaced. The history belongs to one network: it starts again
/// (with the point at epoch 0) whenever the network is rebuilt or reset.
package struct LossHistory: Equatable, Sendable {
    /// One recorded moment.
    package struct Point: Equatable, Sendable {
        /// Epochs the network had completed (a multiple of the interval then in force).
        package var epoch: Int
        /// The network's own step count at that moment.
        package var step: Int
        /// Mean data loss over the training points.
        package var trainLoss: Double
        /// Mean data loss over the test points; nil when none are held out.
        package var testLoss: Double?
        /// Mean data loss over the validation points; nil when none are set aside.
        package var validationLoss: Double?

        package init(epoch: Int, step: Int, trainLoss: Double, testLoss: Double?, validationLoss: Double? = nil) {
            self.epoch = epoch
            self.step = step
            self.trainLoss = trainLoss
            self.testLoss = testLoss
            self.validationLoss = validationLoss
        }
    }

    /// Oldest first, `interval` epochs apart.
    package private(set) var points: [Point] = []
    /// Epochs between two points.
    package private(set) var interval: Int
    /// The most points ever stored (at least 2, and even, so halving keeps the spacing).
    package let capacity: Int

    /// An empty history recording every `interval` epochs, at most `capacity` points.
    package init(interval: Int, capacity: Int = 256) {
        self.interval = max(1, interval)
        self.capacity = max(2, capacity + capacity % 2)
        points.reserveCapacity(self.capacity)
    }

    /// Whether a point is due at the end of epoch `epoch`.
    package func isDue(epoch: Int) -> Bool {
        epoch % interval == 0
    }

    /// Appends `point` (the caller checked `isDue`), halving first if full.
    package mutating func record(_ point: Point) {
        if points.count == capacity {
            points = stride(from: 0, to: points.count, by: 2).map { points[$0] }
            interval *= 2
            guard isDue(epoch: point.epoch) else { return }
        }
        points.append(point)
    }

    /// The train losses, oldest first (for a chart).
    package var trainLosses: [Double] { points.map(\.trainLoss) }

    /// The test losses, oldest first (NaN where none are held out).
    package var testLosses: [Double] { points.map { $0.testLoss ?? .nan } }
}
