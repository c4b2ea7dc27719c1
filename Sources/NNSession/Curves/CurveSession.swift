import NNCore

/// A recorded curve-lab session: newline-delimited JSON, a header line
///
///     {"format":"nnplay-curves-session","version":1,"settings":{…},"speed":60}
///
/// then one line per command with the session step it took effect at,
/// `{"step":120,"kind":"setDegree","degree":9}`, markers of a lesson (a step entered,
/// an answer given: `{"kind":"marker","label":"lesson curves-degree step 2/4: …","step":0}`,
/// which change nothing), and an end line with a fingerprint
/// of everything training computed, `{"end":4000,"hash":"9f3a04c21b7e5d60"}`. A replay
/// (`replay()`) rebuilds the lab from the settings and feeds the commands back at their
/// steps; the same hash at the end means the same bits. The header may name the
/// `terminal` it was recorded in; lines may carry a `time` and resizes may follow
/// (`LabSessionLine`), written as the session goes (`LabSessionAppender`): they pace and
/// size a replay's frames and change no result.
package struct CurveSession: Equatable, Sendable {
    package static let format = "nnplay-curves-session"
    package static let version = 1
    /// The most steps a session may have: every lab's limit (`SessionLimits`), so that a
    /// recording the lab wrote is one its replay reads (at full pace the lab passed 2
    /// million steps in seven seconds).
    package static let maxSteps = SessionLimits.standard.maxSteps
    /// The most commands a session may have.
    package static let maxCommands = 100_000

    package var settings: CurveLabSettings
    /// The pace the session started at (never changes a result).
    package var stepsPerSecond: Int?
    package var log: [CurveLabLoggedCommand]
    /// The lesson's markers, in order (`LessonMarks`).
    package var markers: [CurveSessionMarker] = []
    /// The session step at the end and the state's hash there (nil for a recording
    /// that was cut off: it replays up to its last command, unverified).
    package var end: (step: Int, hash: ParameterHash)?
    /// The terminal the session was recorded in (nil: not named).
    package var terminal: SessionTerminal?
    /// Where each line was in the file (for messages), their times and the resizes.
    package var lines = Lines()

    /// The file's lines besides the commands' values.
    package struct Lines: Sendable {
        /// The line of each command in `log`, and of the end line.
        package var log: [Int] = []
        package var end: Int?
        /// The terminal's resizes while recording, and their lines.
        package var resizes: [LabSessionLine.Resize] = []
        package var resizeLines: [Int] = []
        /// Each line's `time`, by line number (lines without one are absent).
        package var times: [Int: Double] = [:]
    }

    package init(settings: CurveLabSettings, stepsPerSecond: Int?, log: [CurveLabLoggedCommand],
                end: (step: Int, hash: ParameterHash)?, terminal: SessionTerminal? = nil) {
        self.terminal = terminal
        self.settings = settings
        self.stepsPerSecond = stepsPerSecond
        self.log = log
        self.end = end
    }

    package static func == (a: CurveSession, b: CurveSession) -> Bool {
        a.settings == b.settings && a.stepsPerSecond == b.stepsPerSecond && a.log == b.log && a.markers == b.markers
            && a.end?.step == b.end?.step && a.end?.hash == b.end?.hash
    }

    /// The session of a lab that started from `initial` (settings and pace), applied
    /// `log` and ended as `final`.
    package init(initial: CurveLab, log: [CurveLabLoggedCommand], final: CurveLab) {
        self.init(settings: initial.settings, stepsPerSecond: initial.stepsPerSecond, log: log,
                  end: (final.sessionStep, final.stateHash))
    }

    /// The lab as the session left it, rebuilt from the header and the commands.
    package func replay() -> CurveLab {
        var lab = CurveLab(settings: settings)
        lab.apply(.setSpeed(stepsPerSecond))
        lab.advance(through: log, until: end?.step ?? (log.last?.step ?? 0))
        return lab
    }

    /// The commands and markers in file order: each marker after the commands sent before it
    /// (`afterCommands`), at a step no earlier than theirs, so the file stays in step order.
    package var entries: [Entry] {
        var entries: [Entry] = [], next = 0, lastStep = 0
        func flush(upTo count: Int) {
            while next < markers.count, markers[next].afterCommands <= count {
                var marker = markers[next]
                marker.step = max(marker.step, lastStep)
                entries.append(.marker(marker))
                next += 1
            }
        }
        for (index, entry) in log.enumerated() {
            flush(upTo: index)
            entries.append(.command(entry))
            lastStep = entry.step
        }
        flush(upTo: .max)
        return entries
    }

    /// A command or a marker, one line of the file.
    package enum Entry: Equatable, Sendable {
        case command(CurveLabLoggedCommand)
        case marker(CurveSessionMarker)
    }

    struct Header: Codable {
        var format: String
        var version: Int
        var settings: CurveLabSettings
        var speed: Int?
        var terminal: SessionTerminal?
    }

    struct End: Codable {
        var end: Int
        var hash: String
    }
}

/// A lesson's marker in a curve-lab session: `{"kind":"marker","label":"…","step":340}`,
/// and its place among the commands (how many come before it; the file's order).
package struct CurveSessionMarker: Codable, Equatable, Sendable {
    package var step: Int
    package var kind = "marker"
    package var label: String
    package var afterCommands: Int

    private enum CodingKeys: String, CodingKey { case step, kind, label }

    package init(step: Int, label: String, afterCommands: Int) {
        self.step = step
        self.label = label
        self.afterCommands = afterCommands
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        step = try c.decode(Int.self, forKey: .step)
        kind = try c.decode(String.self, forKey: .kind)
        label = try c.decode(String.self, forKey: .label)
        afterCommands = 0  // set by the reader: the commands read before it
    }
}
