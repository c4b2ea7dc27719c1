import NNCore

/// Headless replay: the synchronous path through the same `step()` and `apply(_:)`
/// that the engine's thread uses, with no thread and no clock.
extension PlaygroundState {
    /// Trains until `sessionStep` reaches `target`, whether playing or not (the log
    /// says how many steps were trained between two commands). Returns false if
    /// training diverged before reaching it.
    @discardableResult
    package mutating func advance(to target: Int) -> Bool {
        while sessionStep < target {
            if !step() { return false }
        }
        return sessionStep == target
    }

    /// Applies `entry.command` at `entry.step`, training up to that step first.
    /// Throws `desync at step k` if the state is already past that step or cannot
    /// reach it (training diverged earlier than when the log was recorded).
    package mutating func replay(_ entry: LoggedCommand) throws(InputError) {
        guard entry.step >= sessionStep else {
            throw InputError("desync at step \(entry.step): the replay is already at step \(sessionStep)")
        }
        guard advance(to: entry.step) else {
            throw InputError("desync at step \(entry.step): training stopped at step \(sessionStep)")
        }
        apply(entry.command)
    }

    /// Replays a whole log in order, then trains on to `finalStep` if given (the
    /// session step at which the recording ended).
    package mutating func replay(_ log: some Sequence<LoggedCommand>, until finalStep: Int? = nil) throws(InputError) {
        for entry in log { try replay(entry) }
        if let finalStep, !advance(to: finalStep) {
            throw InputError("desync at step \(finalStep): training stopped at step \(sessionStep)")
        }
    }
}
