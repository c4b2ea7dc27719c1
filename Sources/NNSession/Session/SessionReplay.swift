import NNCore

/// The outcome of a headless replay: the final playground and what was checked.
public struct SessionReplay: Sendable {
    /// The playground after the last event.
    public var state: PlaygroundState
    /// Checkpoints (and the `end` line) whose hash matched.
    public var checkpointsVerified: Int
    /// Commands applied (unknown ones included; they change nothing).
    public var commands: Int
    /// Events replayed, of every kind.
    public var events: Int
    /// Whether the file ended with an `end` line (false for a recording cut off).
    public var isComplete: Bool
    /// The lesson goals watched and when each was met.
    public var goals: [SessionPlayback.GoalRecord]

    /// Where `playback` has got to (every event taken, for a whole replay).
    public init(_ playback: SessionPlayback) {
        state = playback.state
        checkpointsVerified = playback.checkpointsVerified
        commands = playback.commands
        events = playback.nextIndex
        isComplete = playback.session.isComplete
        goals = playback.goals
    }

    /// Session steps trained.
    public var steps: Int { state.sessionStep }
    /// The final parameters' hash.
    public var finalHash: ParameterHash { ParameterHash(parameters: state.trainer.network.parameters) }
}
