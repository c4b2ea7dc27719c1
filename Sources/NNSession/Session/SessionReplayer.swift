import NNCore

/// Replays a session with no terminal and no thread, as fast as the machine goes
/// (ARCHITECTURE.md, "Data flow of a headless replay").
///
/// The header's configuration (and CSV points) rebuild the playground at step 0.
/// Each event then trains the state up to its step and takes effect there: a command
/// is applied through the same `PlaygroundState.apply` the engine uses; a checkpoint
/// or the `end` line compares the parameters' hash and stops with
/// `desync at step k` at the first mismatch; resizes, markers and frames change
/// nothing. `onEvent` (for a frame renderer) sees the state after every event.
public struct SessionReplayer {
    /// Called after each event with the state it left (to draw a frame, say).
    public typealias EventHandler = (SessionEvent, PlaygroundState) throws(InputError) -> Void

    public let session: Session
    /// The file the session came from (labels errors).
    public let path: String

    public init(session: Session, path: String) {
        self.session = session
        self.path = path
    }

    /// Replays every event; see the type's description.
    public func run(onEvent: EventHandler? = nil) throws(SessionReplayError) -> SessionReplay {
        var state: PlaygroundState
        do {
            state = try session.header.initialState()
        } catch {
            throw .invalid(InputError("config: \(error.message)", path: path, line: 1))
        }
        var verified = 0, commands = 0, events = 0
        for entry in session.entries {
            let event = entry.event
            let step = event.step
            guard state.sessionStep <= step else {
                throw desync(step, "the replay is already at step \(state.sessionStep)", entry)
            }
            guard state.advance(to: step) else {
                throw desync(step, "training diverged at step \(state.sessionStep), earlier than recorded", entry)
            }
            switch event {
            case .command(let logged):
                state.apply(logged.command)
                commands += 1
            case .checkpoint(_, let expected), .end(_, let expected):
                let actual = ParameterHash(parameters: state.trainer.network.parameters)
                guard actual == expected else {
                    throw desync(step, "the parameters' hash is \(actual), the recording has \(expected)", entry)
                }
                verified += 1
            case .resize, .marker, .frame:
                break
            }
            events += 1
            if let onEvent {
                do {
                    try onEvent(event, state)
                } catch {
                    throw .invalid(InputError(error.message, path: error.path ?? path, line: error.line ?? entry.line))
                }
            }
        }
        return SessionReplay(state: state, checkpointsVerified: verified, commands: commands, events: events,
                             isComplete: session.isComplete)
    }

    private func desync(_ step: Int, _ why: String, _ entry: Session.Entry) -> SessionReplayError {
        .desync(InputError("desync at step \(step): \(why)", path: path, line: entry.line))
    }
}
