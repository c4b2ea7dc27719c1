import NNCore

/// Early stopping in the live playground, as `nnplay train` does it (Keras's
/// `EarlyStopping(monitor="val_loss")`): every completed epoch's validation loss is
/// shown to the rule; when the loss has not improved for `patience` epochs, the best
/// epoch's weights come back (with `restoreBestWeights`) and training pauses.
///
/// It all happens inside `step()`, between two steps, so a replay of the same
/// commands stops at the same step and restores the same bits. Playing on after a
/// stop starts a fresh watch at the next completed epoch.
extension PlaygroundState {
    /// The epoch of the lowest validation loss so far under early stopping (the loss
    /// chart marks it); nil without early stopping or before the first epoch.
    package var bestEpoch: Int? { earlyStopping?.bestEpoch }

    /// A new rule for the current network and configuration (nil without patience).
    mutating func restartEarlyStopping() {
        earlyStopping = config.earlyStopping
    }

    /// Shows the epoch just completed to the rule; on a stop, restores (inside the
    /// trainer) and pauses, ending a `run` too. `validationLoss`, if given, is the
    /// validation loss already measured on the network now (by the loss history).
    mutating func observeEarlyStopping(validationLoss: Double? = nil) {
        guard earlyStopping != nil, trainer.validationInputs.count > 0 else { return }
        if earlyStopping?.stoppedEpoch != nil { restartEarlyStopping() }
        guard var stopper = earlyStopping else { return }
        let stop = trainer.endEpochForEarlyStopping(&stopper, validationLoss: validationLoss)
        earlyStopping = stopper
        guard stop else { return }
        runUntilEpoch = nil
        pauseIfPlaying()
    }
}
