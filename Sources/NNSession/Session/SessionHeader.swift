import Foundation
import NNCore

/// The first line of a session file: what is needed to rebuild the playground as it
/// was when recording started (see `Session` for the whole format).
///
/// ```
/// {"config":{…},"created":"2026-11-21T21:00:00Z","engine":1,"format":"nnplay-session",
///  "nnplay":"0.1.0","platform":"linux-x86_64","seed":1,"terminal":{"height":40,"width":120},"version":1}
/// ```
package struct SessionHeader: Codable, Equatable, Sendable {
    /// The value of the `format` key.
    package static let format = "nnplay-session"
    /// The `format` of a session of the digits lab (`nnplay digits --record`): the same
    /// header and events (the lab runs the playground's state on the digits, which the
    /// header holds as its `csv` points); a replay draws it with the digits lab's screen.
    package static let digitsFormat = "nnplay-digits-session"
    /// The newest session format version this nnplay reads, and the one it writes.
    package static let currentVersion = 1
    /// The oldest session format version this nnplay still replays. Version 1 is the
    /// first; when the format changes, older versions are read and converted (so they
    /// replay) for as long as they are listed here, and refused by version after that.
    package static let oldestVersion = 1
    /// The version of the training engine's arithmetic: sessions replay bit for bit
    /// only on the engine version that recorded them.
    package static let engineVersion = 1
    /// The nnplay release written into new files.
    package static let nnplayVersion = NNPlayRelease.version

    package var version: Int
    /// The nnplay release that recorded the file (for people; not checked).
    package var nnplay: String
    package var engine: Int
    /// The seed (also `config.seed`; repeated for people reading the file).
    package var seed: UInt64
    /// The complete configuration the session started with.
    package var config: TrainingConfig
    /// The points, when they came from a CSV file (nil for built-in datasets).
    package var csv: SessionData?
    /// Further CSV data by file name (a lesson whose steps use several files).
    package var otherCSV: [String: SessionData]
    /// The terminal size at the start; nil when recorded without a terminal.
    package var terminal: SessionTerminal?
    /// Operating system and machine, e.g. `linux-x86_64`: a replay elsewhere says so
    /// (see `SessionHeader+Platform.swift`).
    package var platform: String?
    /// When recording started, ISO 8601 in UTC (for people; not checked).
    package var created: String?
    /// The lesson, for a session recorded in one (`nnplay lesson ID --record FILE`).
    package var lesson: SessionLesson?
    /// Whether the session is the digits lab's (`digitsFormat`) rather than the playground's.
    package var isDigitsLab = false

    /// A header for a session starting from `config` (and `csv` when its data came
    /// from a CSV file), stamped with this nnplay, this platform and the time now.
    package init(config: TrainingConfig, csv: Dataset? = nil, otherCSV: [String: Dataset] = [:],
                terminal: SessionTerminal? = nil, created: Date = Date()) {
        version = Self.currentVersion
        nnplay = Self.nnplayVersion
        engine = Self.engineVersion
        seed = config.seed
        self.config = config
        self.csv = csv.map(SessionData.init)
        self.otherCSV = otherCSV.mapValues(SessionData.init)
        self.terminal = terminal
        platform = Self.currentPlatform
        self.created = ISO8601DateFormatter().string(from: created)
    }

    /// The header for a session that starts from `state` (as the engine was given it).
    package init(state: PlaygroundState, terminal: SessionTerminal? = nil, created: Date = Date()) {
        self.init(config: state.config, csv: state.csvDataset, otherCSV: state.otherCSV, terminal: terminal,
                  created: created)
    }

    /// The playground at step 0 (throws for a configuration or data that cannot train).
    package func initialState() throws(InputError) -> PlaygroundState {
        try PlaygroundState(config: config, csv: csv?.dataset, otherCSV: otherCSV.mapValues(\.dataset))
    }

    private enum CodingKeys: String, CodingKey {
        case format, version, nnplay, engine, seed, config, csv, otherCSV, terminal, platform, created, lesson
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decode(String.self, forKey: .format)
        isDigitsLab = format == Self.digitsFormat
        guard format == Self.format || isDigitsLab else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: Self.wrongFormat(format))
        }
        version = try c.decode(Int.self, forKey: .version)
        nnplay = try c.decode(String.self, forKey: .nnplay)
        engine = try c.decode(Int.self, forKey: .engine)
        seed = try c.decode(UInt64.self, forKey: .seed)
        config = try c.decode(TrainingConfig.self, forKey: .config)
        csv = try c.decodeIfPresent(SessionData.self, forKey: .csv)
        otherCSV = try c.decodeIfPresent([String: SessionData].self, forKey: .otherCSV) ?? [:]
        terminal = try c.decodeIfPresent(SessionTerminal.self, forKey: .terminal)
        platform = try c.decodeIfPresent(String.self, forKey: .platform)
        created = try c.decodeIfPresent(String.self, forKey: .created)
        lesson = try c.decodeIfPresent(SessionLesson.self, forKey: .lesson)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(isDigitsLab ? Self.digitsFormat : Self.format, forKey: .format)
        try c.encode(version, forKey: .version)
        try c.encode(nnplay, forKey: .nnplay)
        try c.encode(engine, forKey: .engine)
        try c.encode(seed, forKey: .seed)
        try c.encode(config, forKey: .config)
        try c.encodeIfPresent(csv, forKey: .csv)
        if !otherCSV.isEmpty { try c.encode(otherCSV, forKey: .otherCSV) }
        try c.encodeIfPresent(terminal, forKey: .terminal)
        try c.encodeIfPresent(platform, forKey: .platform)
        try c.encodeIfPresent(created, forKey: .created)
        try c.encodeIfPresent(lesson, forKey: .lesson)
    }

    /// The message for a first line whose `format` is not ours.
    static func wrongFormat(_ format: String) -> String {
        "not an nnplay session file (format is \"\(format)\", expected \"\(Self.format)\")"
    }

    /// `linux-x86_64`, `macos-arm64`, …
    package static var currentPlatform: String {
        #if os(Linux)
        let system = "linux"
        #elseif os(macOS)
        let system = "macos"
        #else
        let system = "unknown"
        #endif
        #if arch(x86_64)
        let machine = "x86_64"
        #elseif arch(arm64)
        let machine = "arm64"
        #else
        let machine = "unknown"
        #endif
        return "\(system)-\(machine)"
    }
}
