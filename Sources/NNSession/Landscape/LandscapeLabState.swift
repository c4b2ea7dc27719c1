import NNCore

/// The landscape lab's whole state: a surface, up to four methods racing from the same
/// start in lockstep, and the session's clock. Pure and deterministic: the same setup
/// and the same commands at the same session steps give the same bits (a replay is
/// the logged commands fed back, `replay`).
///
/// One `step()` advances every method one iteration (one update, Newton step or
/// generation). The engine thread owns a value of it; the screen sees snapshots.
package struct LandscapeLabState: Sendable {
    /// The most methods in one race.
    package static let maxMethods = 4

    /// The setup the session began with (a recording's header).
    package let initial: LandscapeLabSetup
    /// The settings now: surface, start, methods, seed, pace.
    package private(set) var setup: LandscapeLabSetup
    package private(set) var function: LandscapeFunction
    /// Where every method starts.
    package private(set) var start: [Double]
    package private(set) var tracks: [LandscapeTrack] = []
    /// Iterations of the current race (0 after a restart).
    package private(set) var iteration = 0
    /// Steps since the session began: the command log's clock.
    package private(set) var sessionStep = 0
    package private(set) var isPlaying = false
    /// Which of the surface's global minima some method has reached since the surface
    /// was chosen (kept across restarts, so "find every minimum" can take several starts).
    package private(set) var foundMinima: Set<Int> = []
    /// The lesson goal judged after every command and iteration (`watchGoal`), and the
    /// first moment it held since it was set; the checker's rehearsal applies the same rule.
    package private(set) var watchedGoal: [LandscapeGoal]?
    package private(set) var goalMetAt: LandscapeGoalMoment?
    /// Bumped whenever the race restarts (the screen forgets what it drew).
    package private(set) var generation = 0

    /// A session from `setup`, paused, at iteration 0. A setup with a problem is refused.
    package init(_ setup: LandscapeLabSetup) {
        precondition(setup.problem == nil, setup.problem ?? "")
        initial = setup
        self.setup = setup
        function = LandscapeFunction(setup.function, condition: setup.condition)
        start = setup.start ?? function.defaultStart
        self.setup.start = start
        restart()
    }

    /// Iterations per second while playing; nil: as fast as possible.
    package var stepsPerSecond: Int? { setup.stepsPerSecond }

    /// Whether every method's walk has ended (diverged, converged, singular).
    package var allEnded: Bool { tracks.allSatisfy { $0.walker.ending != nil } }

    /// One iteration of every method; pauses once every walk has ended. Returns false
    /// when there was nothing left to do (every walk had ended).
    @discardableResult
    package mutating func step() -> Bool {
        sessionStep += 1
        guard !allEnded else {
            isPlaying = false
            return false
        }
        iteration += 1
        for i in tracks.indices {
            tracks[i].step()
            if let reached = tracks[i].reached { foundMinima.insert(reached.minimum) }
        }
        if allEnded { isPlaying = false }
        judgeGoal()
        return true
    }

    /// Applies `command` (at a step boundary). A command that cannot apply (a slot that
    /// does not exist, a value out of range) changes nothing.
    package mutating func apply(_ command: LandscapeLabCommand) {
        switch command {
        case .step: step()
        case .play: isPlaying = !allEnded
        case .pause: isPlaying = false
        case .watchGoal(let goal):
            watchedGoal = goal
            goalMetAt = nil
            judgeGoal()
        default:
            let before = setup
            guard setup.apply(command) else { return }
            if setup.function != before.function || setup.condition != before.condition {
                function = LandscapeFunction(setup.function, condition: setup.condition)
                foundMinima = []
            }
            start = setup.start ?? function.defaultStart
            restart()
            judgeGoal()
        }
    }

    /// Notes the moment the watched goal first holds.
    private mutating func judgeGoal() {
        guard goalMetAt == nil, let goal = watchedGoal, !goal.isEmpty else { return }
        let figures = LandscapeGoal.Figures(self)
        if goal.allSatisfy({ $0.isMet(in: figures) }) {
            goalMetAt = LandscapeGoalMoment(iteration: iteration, sessionStep: sessionStep)
        }
    }

    /// Every method back at the start, iteration 0 (each with the lab's seed).
    private mutating func restart() {
        setup.start = start
        iteration = 0
        generation += 1
        tracks = setup.methods.map { method in
            var seeded = method
            seeded.seed = setup.seed
            return LandscapeTrack(function: function, method: seeded, start: start)
        }
        for track in tracks { if let reached = track.reached { foundMinima.insert(reached.minimum) } }
    }

    /// The state after `log` (commands at their session steps) is fed to a fresh
    /// session from `setup`, stepping to `steps` session steps in all: the headless
    /// replay of a recorded session. Commands logged for later steps than `steps` are
    /// not applied.
    /// `observe` sees the state after each command (with the command's index in `log`).
    package static func replay(_ setup: LandscapeLabSetup, log: [LandscapeLabLoggedCommand], steps: Int,
                               observe: ((LandscapeLabState, Int) -> Void)? = nil) -> Self {
        var state = LandscapeLabState(setup)
        var next = 0
        while true {
            while next < log.count, log[next].step <= state.sessionStep {
                state.apply(log[next].command)
                observe?(state, next)
                next += 1
            }
            guard state.sessionStep < steps else { break }
            state.step()
        }
        return state
    }
}
