import NNCore

/// When a watched curve-lab goal first held: gradient descent's updates since it last
/// started from β = 0 (the lesson's clock, the `steps` figure) and the session step.
package struct CurveGoalMoment: Equatable, Sendable {
    package var steps: Int
    package var sessionStep: Int

    package init(steps: Int, sessionStep: Int) {
        self.steps = steps
        self.sessionStep = sessionStep
    }
}

extension CurveLab {
    /// Notes the moment the watched goal first holds (every condition; an empty goal never does).
    mutating func judgeGoal() {
        guard goalMetAt == nil, let goal = watchedGoal, !goal.isEmpty else { return }
        if goal.allSatisfy({ $0.isMet(in: self) }) {
            goalMetAt = CurveGoalMoment(steps: descent.steps, sessionStep: sessionStep)
        }
    }

    /// Each watched condition's figure now (nil where it does not exist), for the lesson pane.
    package var watchedGoalValues: [Double?] {
        (watchedGoal ?? []).map { $0.value(in: self) }
    }
}
