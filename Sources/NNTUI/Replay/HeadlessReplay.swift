import Foundation
import NNCore
import NNSession

/// `nnplay replay FILE --headless` and its outputs: replays the session with no
/// terminal (`SessionPlayback`), verifying every checkpoint, and draws the live
/// playground's screen (`ReplayScreen`) with the memory backend when asked to:
///
/// - `frames`: the screen's text after every event and at the end (`FrameLog`);
/// - `cast`: an asciicast v2 file at the recording's own pace: a frame after every
///   command, resize and marker at its time, and otherwise up to
///   `castFramesPerSecond` frames a second showing the step the live session had
///   reached (`SessionPace`); each frame holds only the rows that changed, yet a
///   training heatmap changes most rows, so a cast grows by some 150 KB for every
///   second of training recorded (120×40, 256 colours).
///
/// Without outputs nothing is drawn, so a plain verification runs at training speed.
package struct HeadlessReplay {
    package let session: Session
    /// The session's file (labels errors and titles the cast).
    package let path: String
    /// Where the frames' text goes, if anywhere.
    package var frames: TextFileAppender?
    /// Where the asciicast goes, if anywhere.
    package var cast: TextFileAppender?
    /// The colours of the cast's frames.
    package var tier: ColourTier

    package init(session: Session, path: String, frames: TextFileAppender? = nil, cast: TextFileAppender? = nil,
                tier: ColourTier = .ansi256) {
        self.session = session
        self.path = path
        self.frames = frames
        self.cast = cast
        self.tier = tier
    }

    /// Frames per second of recording time drawn into a cast between events.
    package static let castFramesPerSecond = 10.0

    /// Replays every event, then puts `frames` and `cast` in place (`commit`); on any
    /// failure (a desync, a bad line, a write error) drops them, so their paths keep
    /// what they held. File errors while writing come back as `.invalid`.
    package func run() throws(SessionReplayError) -> SessionReplay {
        let replay: SessionReplay
        do {
            replay = try replayAndDraw()
        } catch {
            frames?.discard()
            cast?.discard()
            throw error
        }
        try output { () throws(InputError) in
            try frames?.commit()
            try cast?.commit()
        }
        return replay
    }

    private func replayAndDraw() throws(SessionReplayError) -> SessionReplay {
        var playback = try SessionPlayback(session: session, path: path)
        var screen = ReplayScreen(header: session.header, tier: tier)
        let pace = SessionPace(session: session)
        var writer: CastWriter?
        if let cast {
            try output { () throws(InputError) in
                writer = try CastWriter(file: cast, palette: screen.palette, size: screen.size,
                                        timestamp: HeadlessReplay.unixTime(session.header.created),
                                        title: "nnplay replay \((path as NSString).lastPathComponent)")
                try writer?.frame(screen.frame(playback.state).canvas, step: 0, at: 0)
            }
        }
        while let entry = playback.next {
            let time = pace.times[playback.nextIndex]
            if var cast = writer {
                // While training ran between two events: the steps it had reached.
                var t = cast.time + 1 / HeadlessReplay.castFramesPerSecond
                while t < time {
                    _ = try playback.train(atMost: pace.step(at: t) - playback.state.sessionStep)
                    if playback.state.sessionStep != cast.step {
                        let canvas = screen.frame(playback.state).canvas
                        try output { () throws(InputError) in try cast.frame(canvas, step: playback.state.sessionStep, at: t) }
                    }
                    t += 1 / HeadlessReplay.castFramesPerSecond
                }
                writer = cast
            }
            try playback.takeNext()
            screen.take(entry.event)
            guard frames != nil || writer != nil else { continue }
            let canvas = screen.frame(playback.state).canvas
            try output { () throws(InputError) in
                try frames?.append(FrameLog.frame(canvas, after: entry))
                if case .resize(_, let width, let height) = entry.event {
                    try writer?.resize(width: width, height: height, at: time)
                }
                if let cast = writer, HeadlessReplay.castShows(entry.event, at: time, after: cast.time) {
                    try writer?.frame(canvas, step: playback.state.sessionStep, at: time)
                }
            }
        }
        if frames != nil || writer != nil {
            let canvas = screen.frame(playback.state).canvas
            try output { () throws(InputError) in
                try frames?.append(FrameLog.finalFrame(canvas, step: playback.state.sessionStep))
                // Hold the last frame a second.
                let end = (writer?.time ?? 0) + 1
                try writer?.frame(canvas, step: playback.state.sessionStep, at: end)
            }
        }
        return SessionReplay(playback)
    }

    /// Whether the cast draws a frame for `event` at `time`, the last frame being at
    /// `last`: always for what the student did (commands, resizes, markers); for
    /// checkpoints, which a live recording writes every frame while training, only
    /// at the cast's frame rate.
    static func castShows(_ event: SessionEvent, at time: Double, after last: Double) -> Bool {
        switch event {
        case .command, .resize, .marker, .inspector: return true
        case .checkpoint, .end, .frame: return time >= last + 1 / castFramesPerSecond
        }
    }

    /// Runs `write`, reporting a failed write as `.invalid` (it names the output file).
    private func output(_ write: () throws(InputError) -> Void) throws(SessionReplayError) {
        do {
            try write()
        } catch {
            throw .invalid(error)
        }
    }

    /// `created` (ISO 8601) as Unix seconds, for the cast's header.
    static func unixTime(_ created: String?) -> Int? {
        guard let created, let date = ISO8601DateFormatter().date(from: created) else { return nil }
        return Int(date.timeIntervalSince1970)
    }
}
