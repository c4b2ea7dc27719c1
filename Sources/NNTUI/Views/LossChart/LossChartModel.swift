/// One point of the loss history: the mean losses after some number of epochs.
public struct LossPoint: Equatable, Sendable {
    /// Epochs completed (fractional within an epoch is fine).
    public var epoch: Double
    public var train: Double
    /// NaN when there is no test set.
    public var test: Double

    public init(epoch: Double, train: Double, test: Double = .nan) {
        self.epoch = epoch
        self.train = train
        self.test = test
    }
}

/// What the loss chart shows: the (bounded) history and the scale toggle.
public struct LossChartModel: Sendable {
    /// In epoch order; non-finite losses (divergence) leave gaps.
    public var history: [LossPoint]
    /// Logarithmic y axis (for long runs where the loss keeps shrinking).
    public var logScale: Bool
    public var title: String

    public init(history: [LossPoint] = [], logScale: Bool = false, title: String = "loss") {
        self.history = history
        self.logScale = logScale
        self.title = title
    }

    /// The most recent point, shown as numbers in the legend.
    public var current: LossPoint? { history.last }
}
