/// One point of the loss history: the mean losses after some number of epochs.
public struct LossPoint: Equatable, Sendable {
    /// Epochs completed (fractional within an epoch is fine).
    public var epoch: Double
    public var train: Double
    /// NaN when there is no test set.
    public var test: Double
    /// NaN when there is no validation set.
    public var validation: Double

    public init(epoch: Double, train: Double, test: Double = .nan, validation: Double = .nan) {
        self.epoch = epoch
        self.train = train
        self.test = test
        self.validation = validation
    }
}

/// What the loss chart shows: the (bounded) history, the scale and window toggles,
/// the current epoch and, under early stopping, the best epoch.
public struct LossChartModel: Sendable {
    /// In epoch order; non-finite losses (divergence) leave gaps.
    public var history: [LossPoint]
    /// Logarithmic y axis (for long runs where the loss keeps shrinking).
    public var logScale: Bool
    public var title: String
    /// Show only the most recent part of the run (`recentShare` of its epochs, at
    /// least `recentMinimumPoints` points) instead of the whole run, so a long run's
    /// late, small changes are not squashed against its early drop.
    public var recentWindow: Bool
    /// The epoch the network is at (the axis's right label); nil: the last point's.
    public var currentEpoch: Int?
    /// Under early stopping, the epoch with the lowest validation loss (marked on the
    /// plot); nil otherwise.
    public var bestEpoch: Int?

    /// The part of the run the recent window shows: its last quarter.
    public static let recentShare = 0.25
    /// The fewest points the recent window shows (all of them in a shorter history).
    public static let recentMinimumPoints = 8

    public init(history: [LossPoint] = [], logScale: Bool = false, title: String = "loss", recentWindow: Bool = false,
                currentEpoch: Int? = nil, bestEpoch: Int? = nil) {
        self.history = history
        self.logScale = logScale
        self.title = title
        self.recentWindow = recentWindow
        self.currentEpoch = currentEpoch
        self.bestEpoch = bestEpoch
    }

    /// The most recent point, shown as numbers in the legend.
    public var current: LossPoint? { history.last }

    /// Whether there is a validation curve to draw (and name in the legend).
    public var hasValidation: Bool { history.contains { !$0.validation.isNaN } }

    /// The points drawn: the whole history, or in the recent window those from epoch
    /// last − share·(last − first) on (at least `recentMinimumPoints` of them).
    public var shown: [LossPoint] {
        guard recentWindow, let first = history.first?.epoch, let last = history.last?.epoch else { return history }
        let start = last - (last - first) * LossChartModel.recentShare
        let window = history.drop { $0.epoch < start }
        return window.count >= LossChartModel.recentMinimumPoints
            ? Array(window) : Array(history.suffix(LossChartModel.recentMinimumPoints))
    }
}
