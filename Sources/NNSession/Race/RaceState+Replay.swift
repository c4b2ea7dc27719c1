import NNCore

/// Headless replay of a race: the same `step()` and `apply(_:)` the engine's thread
/// uses, with no thread and no clock.
extension RaceState {
    /// Steps the race until `sessionStep` reaches `target`; false if it cannot (every
    /// variant diverged first).
    @discardableResult
    package mutating func advance(to target: Int) -> Bool {
        while sessionStep < target {
            if !step() { return false }
        }
        return sessionStep == target
    }

    /// Applies `command` at race step `step`, stepping up to it first; throws
    /// `desync at step k` when the race is past that step or cannot reach it.
    package mutating func replay(_ command: RaceLabCommand, at step: Int) throws(InputError) {
        guard step >= sessionStep else {
            throw InputError("desync at step \(step): the replay is already at step \(sessionStep)")
        }
        guard advance(to: step) else {
            throw InputError("desync at step \(step): the race stopped at step \(sessionStep)")
        }
        apply(command)
    }

    /// Trains every variant `epochs` epochs of its own (fewer when it diverges or stops
    /// early), in lockstep, as `nnplay race` does: a `run` for all, stepped until no
    /// variant plays. `afterStep` sees the race after every step (`nnplay race` records
    /// its curves there); returning false stops the race where it is (Ctrl-C).
    package mutating func run(epochs: Int, afterStep: (RaceState) -> Bool = { _ in true }) {
        guard epochs > 0 else { return }
        apply(.all(.run(epochs: epochs)))
        while isPlaying {
            step()
            if !afterStep(self) {
                apply(.all(.pause))
                return
            }
        }
    }
}
