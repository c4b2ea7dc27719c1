import NNSession

/// Whole epochs on a `PlaygroundState`, for tests that train a lesson's playground
/// headless (only tests need it: the engine and replays step, `nnplay train` trains
/// a `Trainer`).
extension PlaygroundState {
    /// Trains until the current network completes one more epoch. Returns false when
    /// training has diverged (before or during the epoch).
    @discardableResult
    mutating func trainEpoch() -> Bool {
        let target = trainer.epochs + 1
        while trainer.epochs < target {
            if !step() || trainer.divergedAtStep != nil { return false }
        }
        return true
    }
}
