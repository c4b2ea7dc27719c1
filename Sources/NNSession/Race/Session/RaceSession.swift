import NNCore

/// A recorded race (`nnplay play --variant … --record FILE`), newline-delimited JSON:
///
/// ```
/// {"format":"nnplay-race-session","version":1,"engine":1,"terminal":{…},"variants":[{"name":"optimizer=sgd","config":{…}},…]}
/// {"step":0,"race":"all","command":{"kind":"play"}}
/// {"step":412,"race":"variant","id":1,"command":{"kind":"configure","config":{…}}}
/// {"step":412,"kind":"marker","label":"lesson optimizer-race step 2/4: Momentum catches up"}
/// {"step":977,"end":["9f3a04c21b7e5d60","…"]}
/// ```
///
/// The header names each variant's starting settings, and for a race on a CSV file its
/// points (`csv`, as the playground's header holds them), so the file replays where the
/// CSV file is not; each event line is a race command and the race step at which it
/// took effect (`Logged<RaceLabCommand>`), written as the race goes with its `time`,
/// with the terminal's resizes between (`LabSessionLine`); the end line gives the final
/// step and a `ParameterHash` of each variant then, which a replay must match.
/// A race lesson adds marker lines (`LessonMarks`: a step entered, a question
/// answered), which change nothing in a replay.
package struct RaceSession: Sendable {
    /// A marker line: a label at a race step (the landscape lab's marker line).
    package typealias Marker = LandscapeSessionMarker

    package struct Header: Codable, Sendable {
        package struct Variant: Codable, Sendable {
            package var name: String
            package var config: TrainingConfig
        }

        package static let format = "nnplay-race-session"
        package static let currentVersion = 1
        package var format: String
        package var version: Int
        package var engine: Int
        package var terminal: SessionTerminal?
        package var variants: [Variant]
        /// The points every variant trains on, when they came from a CSV file.
        package var csv: SessionData?

        package init(race: RaceState, terminal: SessionTerminal?) {
            format = Header.format
            version = Header.currentVersion
            engine = SessionHeader.engineVersion
            self.terminal = terminal
            variants = race.entrants.map { Variant(name: $0.name, config: $0.config) }
            csv = race.entrants.first?.playground.csvDataset.map(SessionData.init)
        }
    }

    /// The last line: where the recording ended and every variant's parameters then.
    package struct End: Codable, Equatable, Sendable {
        package var step: Int
        package var end: [ParameterHash]

        package init(step: Int, end: [ParameterHash]) {
            self.step = step
            self.end = end
        }

        /// The end line for the race's `final` snapshot (the engine's last, published
        /// when it stopped).
        package init(_ final: RaceSnapshot) {
            self.init(step: final.sessionStep, end: final.variants.map { ParameterHash(parameters: $0.snapshot.network.parameters) })
        }

        /// The end line for `race` as it is (a replay, a test).
        package init(_ race: RaceState) {
            self.init(step: race.sessionStep,
                      end: race.entrants.map { ParameterHash(parameters: $0.playground.trainer.network.parameters) })
        }
    }

    package var header: Header
    /// The commands with their steps, and the line each is on.
    package var commands: [(line: Int, entry: Logged<RaceLabCommand>)]
    /// Nil when the recording was cut off before its end line.
    package var end: (line: Int, value: End)?
    /// The lesson's markers, in order.
    package var markers: [Marker] = []
    /// The terminal's resizes while recording, and their lines.
    package var resizes: [LabSessionLine.Resize] = []
    package var resizeLines: [Int] = []
    /// Each line's `time`, by line number (lines without one are absent).
    package var times: [Int: Double] = [:]

    /// The race the header describes, at step 0.
    package func race() throws(InputError) -> RaceState {
        try RaceState(variants: header.variants.map { ($0.name, $0.config) }, csv: header.csv?.dataset)
    }

    /// The text of a finished recording: the header, `log` with `markers` among its
    /// commands by step (a marker before the commands of its step), and the end line
    /// for the race's `final` snapshot (the engine's last, published when it stopped).
    package static func text(header: Header, log: [Logged<RaceLabCommand>], markers: [Marker] = [],
                             final: RaceSnapshot) throws(InputError) -> String {
        var text = try SessionLineWriter.line(header)
        var pending = markers[...]
        for entry in log {
            while let marker = pending.first, marker.step <= entry.step {
                text += try SessionLineWriter.line(marker)
                pending = pending.dropFirst()
            }
            text += try SessionLineWriter.line(entry)
        }
        for marker in pending { text += try SessionLineWriter.line(marker) }
        text += try SessionLineWriter.line(End(final))
        return text
    }
}
