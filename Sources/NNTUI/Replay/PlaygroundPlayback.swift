import NNCore
import NNSession

/// The playground's session (`Session`) as a `LabPlayback`: the events go through
/// `SessionPlayback` (the engine's own `apply`, every checkpoint verified) and frames are
/// the live playground's screen (`ReplayScreen`), the inspector opened as the student did.
package struct PlaygroundPlayback: LabPlayback {
    package private(set) var playback: SessionPlayback
    package let events: [LabReplayEvent]
    private var screen: ReplayScreen

    /// The playground at step 0 of `session` (read from `path`, which labels errors),
    /// drawn for colour tier `tier`.
    package init(session: Session, path: String, tier: ColourTier = .ansi256) throws(SessionReplayError) {
        playback = try SessionPlayback(session: session, path: path)
        screen = ReplayScreen(header: session.header, tier: tier)
        events = session.entries.map(PlaygroundPlayback.event)
    }

    package var nextIndex: Int { playback.nextIndex }
    package var sessionStep: Int { playback.state.sessionStep }
    package var checkpointsVerified: Int { playback.checkpointsVerified }
    package var recordedSize: Size { screen.size }
    /// What a headless replay reports.
    package var replay: SessionReplay { SessionReplay(playback) }

    package mutating func train(atMost budget: Int) throws(SessionReplayError) {
        _ = try playback.train(atMost: budget)
    }

    package mutating func takeNext() throws(SessionReplayError) {
        if let entry = try playback.takeNext() { screen.take(entry.event) }
    }

    package mutating func frame(size: Size, palette: Palette) -> LabReplayFrame {
        let frame = screen.frame(playback.state, size: size, palette: palette)
        if case .regular(let rects) = frame.layout { return LabReplayFrame(canvas: frame.canvas, bar: rects.hintBar) }
        return LabReplayFrame(canvas: frame.canvas, bar: Rect(x: 0, y: 0, width: 0, height: 0))
    }

    /// A session line as a replay event.
    static func event(_ entry: Session.Entry) -> LabReplayEvent {
        let kind: LabReplayEvent.Kind
        switch entry.event {
        case .command, .inspector: kind = .action
        case .resize(_, let width, let height): kind = .resize(Size(width: max(1, width), height: max(1, height)))
        case .marker(_, let label): kind = .marker(label)
        case .checkpoint, .end, .frame: kind = .check
        }
        return LabReplayEvent(step: entry.event.step, time: entry.time, line: entry.line,
                              label: FrameLog.label(entry.event), kind: kind)
    }
}
