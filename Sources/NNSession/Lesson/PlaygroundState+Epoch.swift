/// Whole epochs on a `PlaygroundState`, for headless lesson runs.
extension PlaygroundState {
    /// Trains until the current network completes one more epoch. Returns false when
    /// training has diverged (before or during the epoch).
    @discardableResult
    package mutating func trainEpoch() -> Bool {
        let target = trainer.epochs + 1
        while trainer.epochs < target {
            if !step() || trainer.divergedAtStep != nil { return false }
        }
        return true
    }
}
