import NNCore

/// One point of the loss history: the mean losses after some number of epochs.
package struct LossPoint: Equatable, Sendable {
    /// Epochs completed (fractional within an epoch is fine).
    package var epoch: Double
    package var train: Double
    /// NaN when there is no test set.
    package var test: Double
    /// NaN when there is no validation set.
    package var validation: Double

    package init(epoch: Double, train: Double, test: Double = .nan, validation: Double = .nan) {
        self.epoch = epoch
        self.train = train
        self.test = test
        self.validation = validation
    }
}

/// What the loss chart shows: the (bounded) history, the scale and window toggles,
/// the current epoch and, under early stopping, the best epoch.
package struct LossChartModel: Sendable {
    /// In epoch order; non-finite losses (divergence) leave gaps.
    package var history: [LossPoint]
    /// Logarithmic y axis (for long runs where the loss keeps shrinking).
    package var logScale: Bool
    package var title: String
    /// Show only the most recent part of the run (`recentShare` of its epochs, at
    /// least `recentMinimumPoints` points) instead of the whole run, so a long run's
    /// late, small changes are not squashed against its early drop.
    package var recentWindow: Bool
    /// The epoch the network is at (the axis's right label); nil: the last point's.
    package var currentEpoch: Int?
    /// Under early stopping, the epoch with the lowest validation loss (marked on the
    /// plot); nil otherwise.
    package var bestEpoch: Int?
    /// What the x axis counts: epochs, or generations under GA and CMA-ES.
    package var epochName: EpochName

    /// The part of the run the recent window shows: its last quarter.
    package static let recentShare = 0.25
    /// The fewest points the recent window shows (all of them in a shorter history).
    package static let recentMinimumPoints = 8

    package init(history: [LossPoint] = [], logScale: Bool = false, title: String = "loss", recentWindow: Bool = false,
                currentEpoch: Int? = nil, bestEpoch: Int? = nil, epochName: EpochName = .epoch) {
        self.history = history
        self.logScale = logScale
        self.title = title
        self.recentWindow = recentWindow
        self.currentEpoch = currentEpoch
        self.bestEpoch = bestEpoch
        self.epochName = epochName
    }

    /// The most recent point, shown as numbers in the legend.
    package var current: LossPoint? { history.last }

    /// Whether there is a validation curve to draw (and name in the legend).
    package var hasValidation: Bool { history.contains { !$0.validation.isNaN } }

    /// The points drawn: the whole history, or in the recent window those from epoch
    /// last − share·(last − first) on (at least `recentMinimumPoints` of them).
    package var shown: [LossPoint] {
        guard recentWindow, let first = history.first?.epoch, let last = history.last?.epoch else { return history }
        let start = last - (last - first) * LossChartModel.recentShare
        let window = history.drop { $0.epoch < start }
        return window.count >= LossChartModel.recentMinimumPoints
            ? Array(window) : Array(history.suffix(LossChartModel.recentMinimumPoints))
    }
}
