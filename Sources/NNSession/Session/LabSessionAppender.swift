import Foundation
import NNCore

/// Writes a lab's session file as the session happens, as the playground's
/// `SessionRecorder` does: the header at once, then each logged command, resize and
/// end line with its `time` (`LabSessionLine`), each appended with one `write` so a
/// crash or a kill loses at most the line being written (the recording so far stays in
/// the temporary file beside `path`, `.NAME.PID.tmp`). `finish` renames it onto `path`.
/// Used by the race and the curve lab; one thread (the UI's) calls it.
package final class LabSessionAppender {
    private let file: TextFileAppender
    private let elapsed: () -> Double
    /// The terminal size last written (the header's, then each resize's).
    private var size: SessionTerminal?
    /// The step of the last line written: a resize is never keyed earlier.
    private(set) var lastStep = 0
    /// Whether `finish` has put the file in place.
    package private(set) var isFinished = false

    /// The file being written until `finish`.
    package var temporaryPath: String { file.temporaryPath }

    /// Starts the recording with `header` (whose terminal is `terminal`); `elapsed` gives
    /// each line's `time` (default: seconds since now); tests pass their own.
    package init(path: String, header: some Encodable, terminal: SessionTerminal?,
                elapsed: (() -> Double)? = nil) throws(InputError) {
        file = try TextFileAppender(path: path)
        let start = MonotonicClock.now()
        self.elapsed = elapsed ?? { MonotonicClock.seconds(since: start) }
        size = terminal
        try file.append(SessionLineWriter.line(header))
    }

    /// Appends a logged command that took effect at session step `step`.
    package func command(_ entry: some Encodable, step: Int) throws(InputError) {
        try file.append(LabSessionLine.line(entry, time: elapsed()))
        lastStep = max(lastStep, step)
    }

    /// Appends a resize when the terminal is no longer the size last written.
    package func resize(width: Int, height: Int, step: Int) throws(InputError) {
        let new = SessionTerminal(width: width, height: height)
        guard new != size else { return }
        size = new
        lastStep = max(lastStep, step)
        try file.append(LabSessionLine.line(LabSessionLine.Resize(step: lastStep, width: width, height: height),
                                            time: elapsed()))
    }

    /// Appends the end line and puts the file in place.
    package func finish(_ end: some Encodable) throws(InputError) {
        try file.append(LabSessionLine.line(end, time: elapsed()))
        try file.commit()
        isFinished = true
    }
}
