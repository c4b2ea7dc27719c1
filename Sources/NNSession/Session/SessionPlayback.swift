import NNCore

/// A session being replayed one piece at a time: the playground and the next event.
///
/// `SessionReplayer` runs it to the end in one go (headless); an interactive replay
/// trains a few steps per frame toward the next event (`train(atMost:)`), so that it
/// can keep the original pace, pause and step, then takes the event (`takeNext`).
/// Either way every event goes through the same code: a command is applied with
/// `PlaygroundState.apply`, the engine's own path; a checkpoint or the `end` line
/// compares the parameters' hash and fails with `desync at step k` on a mismatch;
/// resizes, markers and frames change nothing here.
package struct SessionPlayback: Sendable {
    package let session: Session
    /// The file the session came from (labels errors).
    package let path: String
    /// The playground now.
    package private(set) var state: PlaygroundState
    /// The index in `session.entries` of the next event to take.
    package private(set) var nextIndex = 0
    /// Checkpoints (and the `end` line) whose hash matched so far.
    package private(set) var checkpointsVerified = 0
    /// Commands applied so far (unknown ones included; they change nothing).
    package private(set) var commands = 0
    /// Every lesson goal the session watched, in order, and when each was met.
    package private(set) var goals: [GoalRecord] = []
    /// The label of the last marker taken (a lesson step's, in a lesson session).
    private var lastMarker: String?

    /// A lesson goal the session watched (`Command.watchGoal`) and when the
    /// playground found it met.
    package struct GoalRecord: Equatable, Sendable {
        /// The marker before it: `lesson learning-rate step 2/4: Far too small`.
        package var label: String?
        package var goal: String
        /// The session step from which it was watched.
        package var fromStep: Int
        package var met: GoalMoment?
    }

    /// The playground at step 0, as the header describes it.
    package init(session: Session, path: String) throws(SessionReplayError) {
        self.session = session
        self.path = path
        do {
            state = try session.header.initialState()
        } catch {
            throw .invalid(InputError("config: \(error.message)", path: path, line: 1))
        }
    }

    /// The next event to take, nil once every one has been taken.
    package var next: Session.Entry? {
        nextIndex < session.entries.count ? session.entries[nextIndex] : nil
    }

    /// Whether every event has been taken.
    package var isFinished: Bool { nextIndex >= session.entries.count }

    /// Trains at most `budget` steps toward the next event's step; returns true once
    /// the state is at that step (and the event can be taken). Fails with a desync
    /// when training diverges before the recorded step.
    package mutating func train(atMost budget: Int) throws(SessionReplayError) -> Bool {
        guard let entry = next else { return true }
        let target = min(entry.event.step, state.sessionStep + max(0, budget))
        guard state.advance(to: target) else {
            throw desync(entry, "training diverged at step \(state.sessionStep), earlier than recorded")
        }
        return state.sessionStep == entry.event.step
    }

    /// Trains up to the next event's step and takes the event; returns it (nil if
    /// there is none left). Throws `desync at step k` when the state cannot be where
    /// the event says or its parameters differ from a checkpoint.
    @discardableResult
    package mutating func takeNext() throws(SessionReplayError) -> Session.Entry? {
        guard let entry = next else { return nil }
        let step = entry.event.step
        guard state.sessionStep <= step else {
            throw desync(entry, "the replay is already at step \(state.sessionStep)")
        }
        _ = try train(atMost: step - state.sessionStep)
        switch entry.event {
        case .command(let logged):
            if case .watchGoal(let goal) = logged.command {
                noteGoalMet()
                if let goal { goals.append(GoalRecord(label: lastMarker, goal: goal.text, fromStep: step, met: nil)) }
            }
            state.apply(logged.command)
            commands += 1
        case .checkpoint(_, let expected), .end(_, let expected):
            let actual = ParameterHash(parameters: state.trainer.network.parameters)
            guard actual == expected else {
                throw desync(entry, "the parameters' hash is \(actual), the recording has \(expected)")
            }
            checkpointsVerified += 1
        case .marker(_, let label):
            if LessonMarks.answer(in: label) == nil { lastMarker = label }
        case .resize, .frame, .inspector:
            break
        }
        noteGoalMet()
        nextIndex += 1
        return entry
    }

    /// Copies the moment the watched goal was met into its record, once it is.
    private mutating func noteGoalMet() {
        guard let last = goals.indices.last, goals[last].met == nil, let moment = state.goalMetAt,
              moment.sessionStep >= goals[last].fromStep else { return }
        goals[last].met = moment
    }

    private func desync(_ entry: Session.Entry, _ why: String) -> SessionReplayError {
        .desync(InputError("desync at step \(entry.event.step): \(why)", path: path, line: entry.line))
    }
}
