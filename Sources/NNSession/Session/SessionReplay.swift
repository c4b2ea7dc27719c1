import NNCore

/// The outcome of a headless replay: the final playground and what was checked.
package struct SessionReplay: Sendable {
    /// The playground after the last event.
    package var state: PlaygroundState
    /// Checkpoints (and the `end` line) whose hash matched.
    package var checkpointsVerified: Int
    /// Commands applied (unknown ones included; they change nothing).
    package var commands: Int
    /// Events replayed, of every kind.
    package var events: Int
    /// Whether the file ended with an `end` line (false for a recording cut off).
    package var isComplete: Bool
    /// The lesson goals watched and when each was met.
    package var goals: [SessionPlayback.GoalRecord]

    /// Where `playback` has got to (every event taken, for a whole replay).
    package init(_ playback: SessionPlayback) {
        state = playback.state
        checkpointsVerified = playback.checkpointsVerified
        commands = playback.commands
        events = playback.nextIndex
        isComplete = playback.session.isComplete
        goals = playback.goals
    }

    /// Session steps trained.
    package var steps: Int { state.sessionStep }
    /// The final parameters' hash.
    package var finalHash: ParameterHash { ParameterHash(parameters: state.trainer.network.parameters) }
}
