import NNCore
import NNSession

/// A recorded landscape lab session (`LandscapeLabSession`) as a `LabPlayback`: the lab
/// rebuilt from the header, every command applied at its step through the engine's own
/// `LandscapeLabState.apply`, the end line's fingerprint compared bit for bit, and
/// frames drawn with the lab's own screen (the surface rastered on this thread, at the
/// size of the frame).
package struct LandscapePlayback: LabPlayback {
    /// What a line of the recording does.
    private enum Payload {
        case command(LandscapeLabCommand)
        case end(ParameterHash)
        case other
    }

    package let session: LandscapeLabSession
    package let path: String
    package let events: [LabReplayEvent]
    private let payloads: [Payload]
    package private(set) var state: LandscapeLabState
    package private(set) var nextIndex = 0
    package private(set) var checkpointsVerified = 0
    package private(set) var recordedSize: Size
    /// Rasters the surface (again only when the size or the surface changed).
    private var publisher = LandscapeLabPublisher(interval: 1, phaseMapThreads: 1)

    /// The terminal size frames are drawn at when the recording names none.
    package static let defaultSize = Size(width: 120, height: 40)

    package init(session: LandscapeLabSession, path: String) {
        self.session = session
        self.path = path
        state = LandscapeLabState(session.setup)
        recordedSize = session.terminal.map { Size(width: $0.width, height: $0.height) } ?? Self.defaultSize
        var lines: [(line: Int, event: LabReplayEvent, payload: Payload)] = []
        func time(_ line: Int) -> Double? { session.times[line] }
        for (entry, line) in zip(session.commands, session.commandLines) {
            lines.append((line, LabReplayEvent(step: entry.step, time: time(line), line: line, label: entry.command.kind,
                                               kind: .action), .command(entry.command)))
        }
        for (marker, line) in zip(session.markers, session.markerLines) {
            lines.append((line, LabReplayEvent(step: marker.step, time: time(line), line: line,
                                               label: "marker \"\(marker.label)\"", kind: .marker(marker.label)), .other))
        }
        for (resize, line) in zip(session.resizes, session.resizeLines) {
            let size = Size(width: resize.width, height: resize.height)
            lines.append((line, LabReplayEvent(step: resize.step, time: time(line), line: line,
                                               label: "resize \(resize.width)x\(resize.height)", kind: .resize(size)), .other))
        }
        if let end = session.end {
            lines.append((end.line, LabReplayEvent(step: end.steps, time: time(end.line), line: end.line,
                                                   label: "end \(end.hash)", kind: .check), .end(end.hash)))
        }
        lines.sort { $0.line < $1.line }
        events = lines.map(\.event)
        payloads = lines.map(\.payload)
    }

    package var sessionStep: Int { state.sessionStep }
    /// Whether the recording had an end line (and so a fingerprint to compare).
    package var isComplete: Bool { session.end != nil }

    package mutating func train(atMost budget: Int) throws(SessionReplayError) {
        guard let next else { return }
        let target = min(next.step, state.sessionStep + max(0, budget))
        while state.sessionStep < target { state.step() }
    }

    package mutating func takeNext() throws(SessionReplayError) {
        guard let event = next else { return }
        guard state.sessionStep <= event.step else {
            throw event.desync("the replay is already at step \(state.sessionStep)", path: path)
        }
        try train(atMost: event.step - state.sessionStep)
        switch payloads[nextIndex] {
        case .command(let command):
            state.apply(command)
        case .end(let hash):
            guard state.fingerprint == hash else {
                throw event.desync("the replay's fingerprint is \(state.fingerprint), the recording's \(hash)", path: path)
            }
            checkpointsVerified += 1
        case .other:
            if case .resize(let size) = event.kind { recordedSize = size }
        }
        nextIndex += 1
    }

    package mutating func frame(size: Size, palette: Palette) -> LabReplayFrame {
        if let pixels = LandscapeLabScreen.rasterSize(for: size) {
            publisher.request = LandscapeRasterRequest(width: pixels.width, height: pixels.height)
        }
        let snapshot = publisher.snapshot(of: state, now: 0, forced: true)
        var ui = LandscapeLabUI(setup: snapshot.setup)
        ui.adopt(snapshot)
        return LabReplayFrame(canvas: LandscapeLabScreen.render(ui: ui, snapshot: snapshot, size: size, palette: palette).canvas)
    }
}
