import NNCore

/// A lesson goal on a race (`lab: race`): each variant watches its part of the goal
/// with the playground's own path (`RaceLabCommand.variant(id:, .watchGoal(part))`,
/// `PlaygroundState.checkGoal`), and a variant that meets its part pauses at its
/// finish line. The race's goal is met once every variant watching a part has met it;
/// at that moment the whole race pauses, so the screen shows where every variant was,
/// as `nnplay lesson check` reports it, and a replay pauses at the very same step.
extension RaceState {
    /// When the race's goal was met: the latest of the moments of the variants that
    /// watch a part of it; nil while one of them has not met its part, or none watches.
    package static func goalMoment(_ moments: [(watching: Bool, metAt: GoalMoment?)]) -> GoalMoment? {
        var latest: GoalMoment?
        for variant in moments where variant.watching {
            guard let moment = variant.metAt else { return nil }
            if latest.map({ moment.sessionStep > $0.sessionStep }) ?? true { latest = moment }
        }
        return latest
    }

    /// When this race's goal was met (`goalMoment`), or nil.
    package var goalMetAt: GoalMoment? {
        RaceState.goalMoment(entrants.map { ($0.playground.watchedGoal != nil, $0.playground.goalMetAt) })
    }

    /// Pauses every variant if the race's goal was met by what just happened (it was
    /// not met before: `wasMet`).
    mutating func pauseIfGoalJustMet(wasMet: Bool) {
        guard !wasMet, goalMetAt != nil else { return }
        for i in entrants.indices where entrants[i].playground.isPlaying {
            entrants[i].playground.apply(.pause)
            entrants[i].playground.lastRejection = nil
        }
    }
}
