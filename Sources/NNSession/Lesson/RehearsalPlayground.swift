import NNCore

/// What a lesson rehearsal needs of a playground: apply a command, train until it
/// pauses by itself, and read back how the watched goal stands. `PlaygroundState`
/// is one (headless, no thread: `nnplay lesson check`); a live `Engine` can be driven
/// the same way (the tests do), so the checker and the live playground judge a goal
/// through the very same path (`Command.watchGoal`, `PlaygroundState.checkGoal`).
package protocol RehearsalPlayground {
    /// The settings in force now.
    var config: TrainingConfig { get }
    /// When the watched goal was first met, if it was.
    var goalMetAt: GoalMoment? { get }
    /// The refusal of the last command, if it was refused.
    var lastRejection: CommandRejection? { get }
    /// The step at which training diverged, if it did.
    var divergedAtStep: Int? { get }
    /// The current network's completed epochs.
    var epochs: Int { get }
    /// The goal's standing at the last check.
    var goalEvaluation: LessonGoal.Evaluation? { get }
    /// Applies `command` (returns once it has taken effect).
    mutating func apply(_ command: Command)
    /// Trains while playing; returns once training has paused (a run's end, a goal
    /// met, divergence).
    mutating func trainUntilPaused()
}

extension PlaygroundState: RehearsalPlayground {
    package var divergedAtStep: Int? { trainer.divergedAtStep }
    package var epochs: Int { trainer.epochs }

    package mutating func trainUntilPaused() {
        while isPlaying { step() }
    }
}
