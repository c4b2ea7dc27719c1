import NNCore

/// When a watched goal was first met: the current network's epoch and the session step.
package struct GoalMoment: Equatable, Sendable, Codable {
    package var epoch: Int
    package var sessionStep: Int

    package init(epoch: Int, sessionStep: Int) {
        self.epoch = epoch
        self.sessionStep = sessionStep
    }
}

/// A lesson step's goal, checked by the playground itself (`Command.watchGoal`): after
/// every command and at the end of every epoch, so that "within 30 epochs" is judged
/// at epoch 30 exactly, however fast training runs and however seldom the screen
/// looks. Meeting the goal pauses training, so the student sees the moment; a replay
/// meets it at the very same step. Only a goal on a loss or a score evaluates the
/// network on the data (once per epoch); one on settings or shape costs nothing.
extension PlaygroundState {
    /// Re-evaluates the watched goal (if any); records and pauses the first time it is met.
    mutating func checkGoal() {
        guard let goal = watchedGoal else { return }
        let evaluation = goal.evaluate(LessonObservation(state: self, measuring: goal.needsMeasuring,
                                                          flowing: goal.needsGradientFlow))
        goalEvaluation = evaluation
        if evaluation.isMet && goalMetAt == nil {
            goalMetAt = GoalMoment(epoch: trainer.epochs, sessionStep: sessionStep)
            runUntilEpoch = nil
            isPlaying = false
        }
    }
}
