import NNCore
import NNSession

/// `nnplay replay FILE --headless` for a playground (or digits-lab) session: the
/// session replayed as a `LabPlayback` by `LabHeadlessReplay` (every checkpoint
/// verified, `frames` and `cast` drawn with the lab's own screen), reported as a
/// `SessionReplay`.
package struct HeadlessReplay {
    package let session: Session
    /// The session's file (labels errors and titles the cast).
    package let path: String
    package var frames: TextFileAppender?
    package var cast: TextFileAppender?
    package var tier: ColourTier

    package init(session: Session, path: String, frames: TextFileAppender? = nil, cast: TextFileAppender? = nil,
                tier: ColourTier = .ansi256) {
        self.session = session
        self.path = path
        self.frames = frames
        self.cast = cast
        self.tier = tier
    }

    /// Replays every event (the digits lab's screen for a digits session, the
    /// playground's otherwise), then puts `frames` and `cast` in place.
    package func run() throws(SessionReplayError) -> SessionReplay {
        let writer = LabHeadlessReplay(frames: frames, cast: cast, tier: tier, title: LabHeadlessReplay.title(for: path),
                                       timestamp: LabHeadlessReplay.unixTime(session.header.created))
        if session.header.isDigitsLab {
            return try writer.run(try DigitsPlayback(session: session, path: path)).replay
        }
        return try writer.run(try PlaygroundPlayback(session: session, path: path, tier: tier)).replay
    }
}
