/// Early stopping on a trainer, as Keras's `EarlyStopping(monitor="val_loss",
/// restore_best_weights=True)` does it: at the end of every epoch the mean data loss
/// on the validation points is shown to the rule (`EarlyStopping`); when the rule
/// says stop, the weights of the best epoch are put back (if the configuration says
/// so). `nnplay train` and the playground's `PlaygroundState.step()` both call
/// `endEpochForEarlyStopping`, so they stop at the same epoch with the same bits.
extension Trainer {
    /// The mean data loss L(ŷ, y) over the validation points (no penalty, as Keras's
    /// `val_loss` without regularization losses); NaN when there are none.
    package func validationLoss() -> Double {
        guard validationInputs.count > 0 else { return .nan }
        return NetworkOutputs(network: network, inputs: validationInputs, problem: problem, loss: config.loss).meanLoss
    }

    /// Shows the validation loss at the end of the epoch just completed to `stopper`;
    /// returns true when training should stop, with the best epoch's weights already
    /// restored when `config.restoreBestWeights` is on. The optimizer's state, the
    /// counters and the random streams carry on (Keras restores weights only).
    /// `validationLoss`, if given, is `validationLoss()` already measured on this network.
    package mutating func endEpochForEarlyStopping(_ stopper: inout EarlyStopping,
                                                   validationLoss measured: Double? = nil) -> Bool {
        let value = measured ?? validationLoss()
        guard stopper.observe(epoch: epochs, value: value, parameters: network.parameters) else { return false }
        if config.restoreBestWeights, let best = stopper.bestParameters, best.count == network.parameters.count {
            network.parameters = best
        }
        return true
    }
}
