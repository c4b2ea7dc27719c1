import NNCore

/// Replays a session with no terminal and no thread, as fast as the machine goes
/// (ARCHITECTURE.md, "Data flow of a headless replay").
///
/// The header's configuration (and CSV points) rebuild the playground at step 0.
/// Each event then trains the state up to its step and takes effect there (see
/// `SessionPlayback`, which this runs to the end): commands are applied through the
/// engine's own `PlaygroundState.apply`, checkpoints stop the replay with
/// `desync at step k` at the first mismatch. `onEvent` (for a frame renderer) sees
/// the state after every event.
package struct SessionReplayer {
    /// Called after each event (with its line and time) with the state it left (to
    /// draw a frame, say).
    package typealias EventHandler = (Session.Entry, PlaygroundState) throws(InputError) -> Void

    package let session: Session
    /// The file the session came from (labels errors).
    package let path: String

    package init(session: Session, path: String) {
        self.session = session
        self.path = path
    }

    /// Replays every event; see the type's description.
    package func run(onEvent: EventHandler? = nil) throws(SessionReplayError) -> SessionReplay {
        var playback = try SessionPlayback(session: session, path: path)
        while let entry = try playback.takeNext() {
            if let onEvent {
                do {
                    try onEvent(entry, playback.state)
                } catch {
                    throw .invalid(InputError(error.message, path: error.path ?? path, line: error.line ?? entry.line))
                }
            }
        }
        return SessionReplay(playback)
    }
}
