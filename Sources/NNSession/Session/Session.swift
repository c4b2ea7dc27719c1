/// A recorded playground session: where it started and everything that happened,
/// keyed to training steps, so that it replays bit for bit (`SessionReplayer`).
///
/// # The session file format, version 1
///
/// Newline-delimited JSON shaped like asciinema's asciicast v2: one JSON object per
/// line, keys sorted. Line 1 is the header (`SessionHeader`):
///
/// ```
/// {"config":{…the whole TrainingConfig…},"created":"2026-11-21T21:00:00Z","engine":1,
///  "format":"nnplay-session","nnplay":"0.1.0","platform":"linux-x86_64","seed":1,
///  "terminal":{"height":40,"width":120},"version":1}
/// ```
///
/// - `format` is always `"nnplay-session"`; `version` is this format's version (a
///   newer one is refused, not misread); `engine` the version of the training
///   arithmetic; `nnplay`, `platform` and `created` are for people.
/// - `config` is the complete starting configuration and `seed` its seed.
/// - `csv` (only when the points came from a CSV file) holds the points themselves,
///   `{"problem":{"classification":{"classes":2}},"points":[{"label":1,"x1":0.5,"x2":-2},…]}`,
///   so the file replays on any machine.
/// - `terminal` is the terminal size at the start (absent when recorded headless).
/// - `lesson` (only in a lesson session) is the lesson's id and content hash,
///   `{"contentHash":"3f9c0e2a71d45b86","id":"learning-rate"}` (`SessionLesson`); its
///   step and answer markers are `LessonMarks`.
///
/// Every further line is one event, with the session step (training steps since the
/// session began) at which it took effect. Steps never go backwards; events at the
/// same step happen in file order.
///
/// ```
/// {"kind":"play","step":0,"time":0.512}               a command (any Command, see Command.swift)
/// {"config":{…},"kind":"configure","step":120,"time":2.07}  a command with its fields
/// {"height":30,"kind":"resize","step":340,"time":3.5,"width":100}
/// {"kind":"marker","label":"lesson 2, page 3","step":340,"time":3.5}
/// {"kind":"frame","step":352,"time":3.61}             the live UI drew here (optional)
/// {"kind":"inspector","set":"test","step":352,"view":"evaluation"}   the inspector view opened
///                                                      (no "view": closed) and its set
/// {"hash":"9f3a04c21b7e5d60","kind":"checkpoint","step":1000,"time":4.2}
/// {"hash":"5e0c7d1a2b3f4e69","kind":"end","step":1432,"time":5.003}
/// ```
///
/// - A command keyed to step k was applied after k training steps, before step k + 1,
///   exactly as the engine applies it (ARCHITECTURE.md, invariant 2).
/// - `checkpoint` and `end` hold the `ParameterHash` of every parameter at that
///   point; a replay that computes anything else stops with `desync at step k`.
///   Checkpoints are written about every 1000 steps and `end` once, last.
/// - `time` (every line the recorder writes has one) is the wall-clock seconds since
///   recording started, to the millisecond, like an asciicast event's time. It only
///   paces an interactive replay; training never sees it, so a line without it is
///   as good.
/// - Readers ignore kinds they do not know, so a newer nnplay can add kinds.
/// - The file is written and flushed line by line, so a crash loses at most the
///   last event; a file without `end` (a killed recording) replays up to its last event.
///
/// Limits (`SessionLimits`) keep a file from someone else from exhausting the machine.
package struct Session: Equatable, Sendable {
    /// One event, the line of the file it was read from (1-based; the header is 1) and
    /// its `time`, if the line has one.
    package struct Entry: Equatable, Sendable {
        package var line: Int
        package var event: SessionEvent
        /// Seconds since recording started (for replaying at the original pace only).
        package var time: Double?

        package init(line: Int, event: SessionEvent, time: Double? = nil) {
            self.line = line
            self.event = event
            self.time = time
        }
    }

    package var header: SessionHeader
    /// The events this nnplay understands, in file order (unknown kinds are left out).
    package var entries: [Entry]

    package init(header: SessionHeader, entries: [Entry]) {
        self.header = header
        self.entries = entries
    }

    /// The events alone.
    package var events: [SessionEvent] { entries.map(\.event) }

    /// The step of the last event (0 for a session with none).
    package var lastStep: Int { entries.last?.event.step ?? 0 }

    /// Whether the recording ended properly (its last event is `end`).
    package var isComplete: Bool {
        if case .end? = entries.last?.event { return true }
        return false
    }
}
