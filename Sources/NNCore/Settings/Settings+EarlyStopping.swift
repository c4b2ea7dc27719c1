/// The early-stopping settings, as Keras's `EarlyStopping(monitor="val_loss")` names
/// them: `patience`, `min_delta` and `restore_best_weights`. Early stopping is off
/// until a patience is given; it needs a validation set (`val-ratio` above 0).
extension Settings {
    /// Epochs without improvement of the validation loss before training stops; none
    /// for no early stopping. ← from the smallest rung turns it off, → from off starts
    /// at the smallest rung.
    package static let patience = Setting(
        key: "patience", label: "patience",
        help: "Stop once the validation loss has not improved for this many epochs (early stopping; needs --val-ratio)",
        defaultNote: "(default none: no early stopping)", valueName: "epochs", kind: .optionalNumber,
        range: SettingRange("must be a whole number of epochs, 0 or more") { $0 >= 0 }, ladder: .patience,
        read: { .optionalNumber($0.patience.map(Double.init)) },
        write: { c, v in
            // A fraction or a huge number is kept as -1, which the range refuses.
            if case .optionalNumber(let x) = v { c.patience = x.map { Int(exactly: $0) ?? -1 } }
        },
        step: { setting, c, direction, _ in
            guard let ladder = setting.ladder else { return nil }
            guard let patience = c.patience else {
                return direction > 0 ? [setting.change(.optionalNumber(ladder.rungs[0]))] : nil
            }
            let next = ladder.step(Double(patience), by: direction)
            if next == nil && direction < 0 { return [setting.change(.optionalNumber(nil))] }
            return next.map { [setting.change(.optionalNumber($0))] }
        })

    package static let minDelta = Setting(
        key: "min-delta", label: "min delta",
        help: "The least decrease of the validation loss that counts as an improvement for --patience, at least 0",
        valueName: "delta", kind: .number, range: .nonNegative, lock: "patience", fronts: [.flag, .lesson],
        read: { .number($0.minDelta) }, write: { c, v in c.minDelta = v.number ?? c.minDelta })

    package static let restoreBest = Setting(
        key: "restore-best", label: "restore best",
        help: "When early stopping stops, put back the weights of the epoch with the lowest validation loss",
        defaultNote: "(default on)", kind: .flag, lock: "patience", fronts: [.flag, .lesson],
        read: { .flag($0.restoreBestWeights) },
        write: { c, v in if case .flag(let on) = v { c.restoreBestWeights = on } })
}
