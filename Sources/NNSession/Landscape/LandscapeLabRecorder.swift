import Foundation
import NNCore

/// Writes a landscape lab session as it goes (`nnplay landscape --record FILE`): the
/// header at once, each logged command as the engine applies it, the end line with the
/// final fingerprint at `finish`. The file is written beside `path` and renamed into
/// place by `finish`, so a failed run never leaves half a file or loses one that was there.
package final class LandscapeLabRecorder {
    private let file: TextFileAppender

    package init(path: String, setup: LandscapeLabSetup, terminal: LandscapeTerminalSize?) throws(InputError) {
        file = try TextFileAppender(path: path)
        let header = LandscapeSessionHeader(format: LandscapeLabSession.format, version: LandscapeLabSession.version,
                                            setup: setup, terminal: terminal)
        try file.append(SessionLineWriter.line(header))
    }

    /// Appends one logged command.
    package func command(_ entry: LandscapeLabLoggedCommand) throws(InputError) {
        try file.append(SessionLineWriter.line(entry))
    }

    /// Appends a marker (a lesson step entered, a question answered) at session step `step`.
    package func marker(_ label: String, step: Int) throws(InputError) {
        try file.append(SessionLineWriter.line(LandscapeSessionMarker(step: step, label: label)))
    }

    /// Writes the end line (session steps in all, final fingerprint) and puts the file in place.
    package func finish(steps: Int, fingerprint: ParameterHash) throws(InputError) {
        try file.append(SessionLineWriter.line(LandscapeSessionEnd(end: steps, hash: fingerprint)))
        try file.commit()
    }
}
