import Foundation
import NNCore
import NNSession

/// `nnplay replay FILE --headless` for any lab (`LabPlayback`): replays every event with
/// no terminal, verifying as it goes, and draws the lab's own screen at the recorded
/// terminal size with the memory backend's palette when asked to:
///
/// - `frames`: the screen's text after every event and at the end (`FrameLog`);
/// - `cast`: an asciicast v2 file at the recording's own pace: a frame after every
///   command, resize and marker at its time, and otherwise up to
///   `castFramesPerSecond` frames a second showing the step the live session had
///   reached (`SessionPace`); each frame holds only the rows that changed, yet a
///   training heatmap changes most rows, so a playground cast grows by some 150 KB for
///   every second of training recorded (120×40, 256 colours).
///
/// Without outputs nothing is drawn, so a plain verification runs at training speed.
/// Both outputs are written beside their paths and put in place only after a verified
/// replay: a desync, a bad line or a write error drops them, so their paths keep what
/// they held.
package struct LabHeadlessReplay {
    /// Where the frames' text goes, if anywhere.
    package var frames: TextFileAppender?
    /// Where the asciicast goes, if anywhere.
    package var cast: TextFileAppender?
    /// The colours of the frames.
    package var tier: ColourTier
    /// The cast's title (`nnplay replay FILE`) and start time (Unix seconds).
    package var title: String
    package var timestamp: Int?

    package init(frames: TextFileAppender? = nil, cast: TextFileAppender? = nil, tier: ColourTier = .ansi256,
                title: String = "nnplay replay", timestamp: Int? = nil) {
        self.frames = frames
        self.cast = cast
        self.tier = tier
        self.title = title
        self.timestamp = timestamp
    }

    /// Frames per second of recording time drawn into a cast between events.
    package static let castFramesPerSecond = 10.0

    /// Replays `playback` to its end and puts `frames` and `cast` in place; returns the
    /// playback at the end. File errors while writing come back as `.invalid`.
    package func run<Playback: LabPlayback>(_ playback: Playback) throws(SessionReplayError) -> Playback {
        var playback = playback
        do {
            try replayAndDraw(&playback)
        } catch {
            frames?.discard()
            cast?.discard()
            throw error
        }
        try output { () throws(InputError) in
            try frames?.commit()
            try cast?.commit()
        }
        return playback
    }

    private func replayAndDraw<Playback: LabPlayback>(_ playback: inout Playback) throws(SessionReplayError) {
        let palette = Palette(tier: tier)
        let pace = playback.pace
        var writer: CastWriter?
        if let cast {
            let canvas = playback.frame(size: playback.recordedSize, palette: palette).canvas
            try output { () throws(InputError) in
                writer = try CastWriter(file: cast, palette: palette, size: playback.recordedSize,
                                        timestamp: timestamp, title: title)
                try writer?.frame(canvas, step: 0, at: 0)
            }
        }
        while let event = playback.next {
            let time = pace.times[playback.nextIndex]
            if var cast = writer {
                // While training ran between two events: the steps it had reached.
                var t = cast.time + 1 / LabHeadlessReplay.castFramesPerSecond
                while t < time {
                    try playback.train(atMost: pace.step(at: t) - playback.sessionStep)
                    if playback.sessionStep != cast.step {
                        let canvas = playback.frame(size: playback.recordedSize, palette: palette).canvas
                        try output { () throws(InputError) in try cast.frame(canvas, step: playback.sessionStep, at: t) }
                    }
                    t += 1 / LabHeadlessReplay.castFramesPerSecond
                }
                writer = cast
            }
            try playback.takeNext()
            guard frames != nil || writer != nil else { continue }
            let canvas = playback.frame(size: playback.recordedSize, palette: palette).canvas
            let step = playback.sessionStep
            try output { () throws(InputError) in
                try frames?.append(FrameLog.frame(canvas, after: event))
                if case .resize(let size) = event.kind {
                    try writer?.resize(width: size.width, height: size.height, at: time)
                }
                if let cast = writer, LabHeadlessReplay.castShows(event.kind, at: time, after: cast.time) {
                    try writer?.frame(canvas, step: step, at: time)
                }
            }
        }
        if frames != nil || writer != nil {
            let canvas = playback.frame(size: playback.recordedSize, palette: palette).canvas
            let step = playback.sessionStep
            try output { () throws(InputError) in
                try frames?.append(FrameLog.finalFrame(canvas, step: step))
                // Hold the last frame a second.
                let end = (writer?.time ?? 0) + 1
                try writer?.frame(canvas, step: step, at: end)
            }
        }
    }

    /// Whether the cast draws a frame for an event of `kind` at `time`, the last frame
    /// being at `last`: always for what the student did (commands, resizes, markers);
    /// for checkpoints, which a live recording writes every frame while training, only
    /// at the cast's frame rate.
    static func castShows(_ kind: LabReplayEvent.Kind, at time: Double, after last: Double) -> Bool {
        switch kind {
        case .action, .resize, .marker: return true
        case .check: return time >= last + 1 / castFramesPerSecond
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
    package static func unixTime(_ created: String?) -> Int? {
        guard let created, let date = ISO8601DateFormatter().date(from: created) else { return nil }
        return Int(date.timeIntervalSince1970)
    }

    /// The cast's title for the session file at `path`.
    package static func title(for path: String) -> String {
        "nnplay replay \((path as NSString).lastPathComponent)"
    }
}
