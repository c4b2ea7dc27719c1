/// Stops training once a monitored loss (the validation loss) has stopped improving,
/// as Keras's `EarlyStopping(monitor="val_loss", mode="min")` does, and keeps the
/// parameters of the best epoch so they can be restored (`restore_best_weights`).
///
/// At the end of every epoch, with the monitored value v:
/// - v improves on the best so far when v < best − minDelta (the first epoch always
///   does, best starting at +∞); then best ← v, the epoch and parameters are kept and
///   the wait starts again at 0;
/// - otherwise the wait grows by one, and training stops once wait ≥ patience (never
///   at the first epoch). A NaN never improves.
package struct EarlyStopping: Equatable, Sendable {
    /// Epochs without improvement after which training stops (Keras's `patience`).
    package let patience: Int
    /// The least decrease that counts as an improvement (Keras's `min_delta`).
    package let minDelta: Double
    /// The lowest monitored value so far (+∞ before the first epoch).
    package private(set) var best = Double.infinity
    /// The epoch (as passed to `observe`) that reached `best`, if any did.
    package private(set) var bestEpoch: Int?
    /// The parameters at the end of `bestEpoch`.
    package private(set) var bestParameters: [Double]?
    /// Epochs since the last improvement.
    package private(set) var wait = 0
    /// The epoch at which `observe` said to stop, if it has.
    package private(set) var stoppedEpoch: Int?
    private var observed = 0

    package init(patience: Int, minDelta: Double = 0) {
        self.patience = max(0, patience)
        self.minDelta = abs(minDelta)
    }

    /// Records the end of `epoch` with the monitored `value` and the network's
    /// `parameters`; returns true when training should stop now.
    package mutating func observe(epoch: Int, value: Double, parameters: [Double]) -> Bool {
        observed += 1
        wait += 1
        if value < best - minDelta {
            best = value
            bestEpoch = epoch
            bestParameters = parameters
            wait = 0
            return false
        }
        guard wait >= patience, observed > 1 else { return false }
        stoppedEpoch = epoch
        return true
    }
}
