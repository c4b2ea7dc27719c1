import Foundation
import NNCore

/// Writes a landscape lab session as it goes (`nnplay landscape --record FILE`,
/// `LabSessionAppender`): the header at once, each logged command as the engine applies
/// it, the lesson's markers, the terminal's resizes, every line with its `time`, and the
/// end line with the final fingerprint at `finish`, which puts the file in place: a
/// failed run never leaves half a file or loses one that was there, and a crash or a
/// kill leaves what was recorded in the temporary file.
package final class LandscapeLabRecorder {
    private let file: LabSessionAppender

    /// `elapsed` gives each line's `time` (default: seconds since now); tests pass their own.
    package init(path: String, setup: LandscapeLabSetup, terminal: LandscapeTerminalSize?,
                elapsed: (() -> Double)? = nil) throws(InputError) {
        let header = LandscapeSessionHeader(format: LandscapeLabSession.format, version: LandscapeLabSession.version,
                                            setup: setup, terminal: terminal)
        file = try LabSessionAppender(path: path, header: header,
                                      terminal: terminal.map { SessionTerminal(width: $0.width, height: $0.height) },
                                      elapsed: elapsed)
    }

    /// Appends one logged command.
    package func command(_ entry: LandscapeLabLoggedCommand) throws(InputError) {
        try file.command(entry, step: entry.step)
    }

    /// Appends a resize when the terminal is no longer the size last written.
    package func resize(width: Int, height: Int, step: Int) throws(InputError) {
        try file.resize(width: width, height: height, step: step)
    }

    /// Appends a marker (a lesson step entered, a question answered) at session step `step`.
    package func marker(_ label: String, step: Int) throws(InputError) {
        try file.command(LandscapeSessionMarker(step: step, label: label), step: step)
    }

    /// Writes the end line (session steps in all, final fingerprint) and puts the file in place.
    package func finish(steps: Int, fingerprint: ParameterHash) throws(InputError) {
        try file.finish(LandscapeSessionEnd(end: steps, hash: fingerprint))
    }
}
