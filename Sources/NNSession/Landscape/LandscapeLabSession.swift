import Foundation
import NNCore

/// A recorded landscape lab session: newline-delimited JSON, one value per line.
///
///     {"format":"nnplay-landscape-session","version":1,"setup":{…},"terminal":{"width":120,"height":40}}
///     {"step":0,"kind":"play"}
///     {"step":57,"kind":"setStart","x":1.2,"y":-0.5}
///     {"step":57,"kind":"marker","label":"lesson optimizers-on-a-landscape step 2/4: Momentum"}
///     {"step":80,"kind":"resize","width":100,"height":30,"time":4.2}
///     {"end":140,"hash":"9f3a04c21b7e5d60"}
///
/// The header holds the setup the session began with (and the terminal size, for frame
/// dumps); each command line is a logged command at its session step; the end line
/// gives the session steps in all and the fingerprint of the final state
/// (`LandscapeLabState.fingerprint`), which a replay must reproduce bit for bit. Lines
/// may carry a `time` and resizes may follow (`LabSessionLine`): they pace and size
/// the replay's frames and change no result.
package struct LandscapeLabSession: Equatable, Sendable {
    package static let format = "nnplay-landscape-session"
    package static let version = 1
    /// The most lines and steps a session file may hold.
    package static let maxLines = 1_000_000
    package static let maxSteps = SessionLimits.standard.maxSteps
    package static let maxFileBytes = 64 << 20

    package var setup: LandscapeLabSetup
    package var terminal: LandscapeTerminalSize?
    package var commands: [LandscapeLabLoggedCommand]
    /// The file line of each command (for messages).
    package var commandLines: [Int]
    /// Session steps in all and the final fingerprint; nil when the recording was cut off.
    package var end: (steps: Int, hash: ParameterHash, line: Int)?
    /// The markers a lesson wrote (`LessonMarks`: a step entered, a question answered);
    /// they change nothing in a replay.
    package var markers: [LandscapeSessionMarker] = []
    /// The file line of each marker.
    package var markerLines: [Int] = []
    /// The terminal's resizes while recording, and their lines.
    package var resizes: [LabSessionLine.Resize] = []
    package var resizeLines: [Int] = []
    /// Each line's `time`, by line number (lines without one are absent).
    package var times: [Int: Double] = [:]

    package static func == (a: Self, b: Self) -> Bool {
        a.setup == b.setup && a.terminal == b.terminal && a.commands == b.commands
            && a.end?.steps == b.end?.steps && a.end?.hash == b.end?.hash
    }
}

/// The terminal a session was recorded in.
package struct LandscapeTerminalSize: Codable, Equatable, Sendable {
    package var width: Int
    package var height: Int

    package init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// The header line's JSON.
struct LandscapeSessionHeader: Codable {
    var format: String
    var version: Int
    var setup: LandscapeLabSetup
    var terminal: LandscapeTerminalSize?
}

/// The end line's JSON.
struct LandscapeSessionEnd: Codable {
    var end: Int
    var hash: ParameterHash
}

/// A marker line's JSON: a label at a session step (a lesson's step entered or question answered).
package struct LandscapeSessionMarker: Codable, Equatable, Sendable {
    package var step: Int
    package var kind = "marker"
    package var label: String

    package init(step: Int, label: String) {
        self.step = step
        self.label = label
    }
}
