import NNCore
import NNSession

/// A recorded session of any lab being replayed one event at a time: what the
/// interactive replay (`LabReplayApp`) and the headless frames and cast
/// (`LabHeadlessReplay`) need of a lab, so that both are one loop for every format.
///
/// A playback owns the lab's pure state and the recording's events. It trains toward
/// the next event a slice at a time (`train(atMost:)`), takes the event through the
/// lab's own `apply` (`takeNext`, which verifies a checkpoint or the end line and throws
/// `FILE:LINE: desync at step K: …` on a mismatch), and draws the lab's own screen at
/// any size, saying which row the replay bar covers.
package protocol LabPlayback: Sendable {
    /// Every event of the recording, in file order.
    var events: [LabReplayEvent] { get }
    /// The index in `events` of the next event to take.
    var nextIndex: Int { get }
    /// The lab's session step now.
    var sessionStep: Int { get }
    /// Checkpoints (and end lines) whose fingerprint matched so far.
    var checkpointsVerified: Int { get }
    /// The terminal size the recording had at this point (its header, then its resizes).
    var recordedSize: Size { get }

    /// Trains at most `budget` steps toward the next event's step (a desync when the lab
    /// cannot get there).
    mutating func train(atMost budget: Int) throws(SessionReplayError)
    /// Trains up to the next event's step and takes it (a desync on any mismatch).
    mutating func takeNext() throws(SessionReplayError)
    /// The lab's screen at `size` and the row the replay bar goes on.
    mutating func frame(size: Size, palette: Palette) -> LabReplayFrame
}

extension LabPlayback {
    /// The next event, nil once every one has been taken.
    package var next: LabReplayEvent? { nextIndex < events.count ? events[nextIndex] : nil }
    /// Whether every event has been taken.
    package var isFinished: Bool { nextIndex >= events.count }
    /// The recording's clock: each event's time, and the step reached in between.
    package var pace: SessionPace { SessionPace(steps: events.map(\.step), times: events.map(\.time)) }
}

/// One line of a recording, as the replays see it.
package struct LabReplayEvent: Sendable, Equatable {
    /// The session step it happened at.
    package var step: Int
    /// Seconds since recording started (nil: the line has no time).
    package var time: Double?
    /// Its line in the file.
    package var line: Int
    /// What it is, in a few words (`FrameLog`'s separator): `setStart`, `resize 100x30`.
    package var label: String
    /// What it does to the replay besides the lab's state.
    package var kind: Kind

    package enum Kind: Sendable, Equatable {
        /// Something the student did (a command): a cast always shows it.
        case action
        /// The terminal became this size.
        case resize(Size)
        /// A lesson's marker, shown on the replay bar.
        case marker(String)
        /// A checkpoint, the end line or a drawn frame: a cast shows it at its frame rate.
        case check
    }

    package init(step: Int, time: Double?, line: Int, label: String, kind: Kind) {
        self.step = step
        self.time = time
        self.line = line
        self.label = label
        self.kind = kind
    }

    /// `desync at step K: why` at this event's line.
    package func desync(_ why: String, path: String) -> SessionReplayError {
        .desync(InputError("desync at step \(step): \(why)", path: path, line: line))
    }
}

/// A lab's frame for a replay: the canvas and the row the replay bar covers.
package struct LabReplayFrame {
    package var canvas: Canvas
    /// The bottom row (the key hints) where the bar goes; empty when the screen is too small.
    package var bar: Rect

    package init(canvas: Canvas, bar: Rect? = nil) {
        self.canvas = canvas
        let size = canvas.size
        self.bar = bar ?? (size.height >= 2 ? Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
            : Rect(x: 0, y: 0, width: 0, height: 0))
    }
}
