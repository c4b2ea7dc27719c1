import NNCore
import NNSession

/// A recorded race (`RaceSession`) as a `LabPlayback`: the race rebuilt from the header,
/// every command applied at its step through the engine's own `RaceState.apply`, every
/// variant's parameters compared with the end line's, and frames drawn with the race
/// screen (`RaceFrameDump`: the pictures painted on this thread).
package struct RacePlayback: LabPlayback {
    package let session: RaceSession
    package let path: String
    package let events: [LabReplayEvent]
    /// For each event, the index of its command in `session.commands` (nil: not a command).
    private let commandIndex: [Int?]
    package private(set) var race: RaceState
    package private(set) var nextIndex = 0
    package private(set) var checkpointsVerified = 0
    package private(set) var recordedSize: Size
    private var dump: RaceFrameDump

    /// The race at step 0 of `session` (read from `path`, which labels errors).
    package init(session: RaceSession, path: String) throws(SessionReplayError) {
        self.session = session
        self.path = path
        do {
            race = try session.race()
        } catch {
            throw .invalid(InputError(error.message, path: path, line: 1))
        }
        recordedSize = session.header.terminal.map { Size(width: $0.width, height: $0.height) } ?? ReplayScreen.defaultSize
        dump = RaceFrameDump(size: recordedSize, tier: .ansi256)
        var events: [(event: LabReplayEvent, command: Int?)] = session.commands.enumerated().map { index, command in
            let (line, entry) = command
            return (LabReplayEvent(step: entry.step, time: session.times[line], line: line, label: entry.command.kind,
                                   kind: .action), index)
        }
        events += zip(session.resizes, session.resizeLines).map { resize, line in
            (LabReplayEvent(step: resize.step, time: session.times[line], line: line,
                            label: "resize \(resize.width)x\(resize.height)",
                            kind: .resize(Size(width: resize.width, height: resize.height))), nil)
        }
        if let (line, end) = session.end {
            events.append((LabReplayEvent(step: end.step, time: session.times[line], line: line, label: "end",
                                          kind: .check), nil))
        }
        events.sort { $0.event.line < $1.event.line }
        self.events = events.map(\.event)
        commandIndex = events.map(\.command)
    }

    package var sessionStep: Int { race.sessionStep }
    /// Whether the recording had an end line (and so hashes to compare).
    package var isComplete: Bool { session.end != nil }

    package mutating func train(atMost budget: Int) throws(SessionReplayError) {
        guard let event = next else { return }
        let target = min(event.step, race.sessionStep + max(0, budget))
        guard race.advance(to: target) else {
            throw event.desync("the race stopped at step \(race.sessionStep)", path: path)
        }
    }

    package mutating func takeNext() throws(SessionReplayError) {
        guard let event = next else { return }
        guard race.sessionStep <= event.step else {
            throw event.desync("the replay is already at step \(race.sessionStep)", path: path)
        }
        try train(atMost: event.step - race.sessionStep)
        if let index = commandIndex[nextIndex] {
            race.apply(session.commands[index].entry.command)
        } else if case .resize(let size) = event.kind {
            recordedSize = size
        } else if let (_, end) = session.end {
            let hashes = RaceSession.End(race).end
            guard hashes == end.end else {
                let first = zip(race.entrants, zip(hashes, end.end)).first { $0.1.0 != $0.1.1 }
                let which = first.map { "variant '\($0.0.name)' has \($0.1.0), the recording \($0.1.1)" }
                    ?? "the recording has \(end.end.count) variants, the replay \(hashes.count)"
                throw event.desync(which, path: path)
            }
            checkpointsVerified += 1
        }
        nextIndex += 1
    }

    package mutating func frame(size: Size, palette: Palette) -> LabReplayFrame {
        LabReplayFrame(canvas: dump.canvas(race, size: size, palette: palette))
    }
}
