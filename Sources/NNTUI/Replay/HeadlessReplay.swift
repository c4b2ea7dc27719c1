import Foundation
import NNCore
import NNSession

/// `nnplay replay FILE --headless` and its outputs: replays the session with no
/// terminal (`SessionPlayback`), verifying every checkpoint, and draws the live
/// playground's screen (`ReplayScreen`) with the memory backend when asked to:
///
/// - `frames`: the screen's text after every event and at the end (`FrameLog`);
/// - `cast`: an asciicast v2 file at the recording's own pace: a frame after every
///   event at its time, and in between, while training ran, up to
///   `castFramesPerSecond` frames a second showing the step the live session had
///   reached (`SessionPace`).
///
/// Without outputs nothing is drawn, so a plain verification runs at training speed.
public struct HeadlessReplay {
    public let session: Session
    /// The session's file (labels errors and titles the cast).
    public let path: String
    /// Where the frames' text goes, if anywhere.
    public var frames: TextFileAppender?
    /// Where the asciicast goes, if anywhere.
    public var cast: TextFileAppender?
    /// The colours of the cast's frames.
    public var tier: ColourTier

    public init(session: Session, path: String, frames: TextFileAppender? = nil, cast: TextFileAppender? = nil,
                tier: ColourTier = .ansi256) {
        self.session = session
        self.path = path
        self.frames = frames
        self.cast = cast
        self.tier = tier
    }

    /// Frames per second of recording time drawn into a cast between events.
    public static let castFramesPerSecond = 10.0

    /// Replays every event; file errors while writing come back as `.invalid`.
    public func run() throws(SessionReplayError) -> SessionReplay {
        var playback = try SessionPlayback(session: session, path: path)
        var screen = ReplayScreen(header: session.header, tier: tier)
        let pace = SessionPace(session: session)
        var castTime = 0.0
        var castStep = -1
        func write(_ file: TextFileAppender?, _ text: @autoclosure () -> String) throws(SessionReplayError) {
            guard let file else { return }
            do { try file.append(text()) } catch { throw .invalid(error) }
        }
        func castFrame(at time: Double, _ state: PlaygroundState) throws(SessionReplayError) {
            guard cast != nil else { return }
            let canvas = screen.frame(state).canvas
            try write(cast, Asciicast.output(ANSIFrame.text(canvas, palette: screen.palette), at: time))
            castTime = time
            castStep = state.sessionStep
        }
        if cast != nil {
            try write(cast, Asciicast.header(width: screen.size.width, height: screen.size.height,
                                             timestamp: HeadlessReplay.unixTime(session.header.created),
                                             title: "nnplay replay \((path as NSString).lastPathComponent)"))
            try write(cast, Asciicast.output(ANSIFrame.clear, at: 0))
            try castFrame(at: 0, playback.state)
        }
        while let entry = playback.next {
            let time = pace.times[playback.nextIndex]
            if cast != nil {
                var t = castTime + 1 / HeadlessReplay.castFramesPerSecond
                while t < time {
                    _ = try playback.train(atMost: pace.step(at: t) - playback.state.sessionStep)
                    if playback.state.sessionStep != castStep { try castFrame(at: t, playback.state) }
                    t += 1 / HeadlessReplay.castFramesPerSecond
                }
            }
            try playback.takeNext()
            screen.take(entry.event)
            guard frames != nil || cast != nil else { continue }
            let canvas = screen.frame(playback.state).canvas
            try write(frames, FrameLog.frame(canvas, after: entry))
            if case .resize(_, let width, let height) = entry.event {
                try write(cast, Asciicast.resize(width: width, height: height, at: time))
                try write(cast, Asciicast.output(ANSIFrame.clear, at: time))
            }
            try write(cast, Asciicast.output(ANSIFrame.text(canvas, palette: screen.palette), at: time))
            castTime = time
            castStep = playback.state.sessionStep
        }
        if frames != nil || cast != nil {
            let canvas = screen.frame(playback.state).canvas
            try write(frames, FrameLog.finalFrame(canvas, step: playback.state.sessionStep))
            // Hold the last frame a moment, then leave the player's terminal tidy.
            try write(cast, Asciicast.output(ANSIFrame.text(canvas, palette: screen.palette), at: castTime + 1))
        }
        return SessionReplay(playback)
    }

    /// `created` (ISO 8601) as Unix seconds, for the cast's header.
    static func unixTime(_ created: String?) -> Int? {
        guard let created, let date = ISO8601DateFormatter().date(from: created) else { return nil }
        return Int(date.timeIntervalSince1970)
    }
}
