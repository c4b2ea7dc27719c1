import NNCore
import NNSession

/// A recorded curve-lab session (`CurveSession`) as a `LabPlayback`: the lab rebuilt
/// from the settings at the recorded pace, every command applied at its step through
/// the engine's own `CurveLab.apply`, the end state's hash compared bit for bit, and
/// frames drawn with the lab's own screen (the curves sampled on this thread at the
/// width of the frame's plot).
package struct CurvesPlayback: LabPlayback {
    package let session: CurveSession
    package let path: String
    package let events: [LabReplayEvent]
    /// For each event, the index of its command in `session.log` (nil: not a command).
    private let commandIndex: [Int?]
    package private(set) var lab: CurveLab
    package private(set) var nextIndex = 0
    package private(set) var checkpointsVerified = 0
    package private(set) var recordedSize: Size
    private var publisher = CurveLabPublisher(interval: 1)

    package init(session: CurveSession, path: String) {
        self.session = session
        self.path = path
        lab = CurveLab(settings: session.settings)
        lab.apply(.setSpeed(session.stepsPerSecond))  // as the launcher does: not a logged command
        recordedSize = session.terminal.map { Size(width: $0.width, height: $0.height) } ?? ReplayScreen.defaultSize
        let lines = session.lines
        func line(_ index: Int) -> Int { lines.log.count == session.log.count ? lines.log[index] : index + 2 }
        var events: [(event: LabReplayEvent, command: Int?)] = session.log.enumerated().map { index, entry in
            (LabReplayEvent(step: entry.step, time: lines.times[line(index)], line: line(index),
                            label: CurvesPlayback.label(entry.command), kind: .action), index)
        }
        events += zip(lines.resizes, lines.resizeLines).map { resize, line in
            (LabReplayEvent(step: resize.step, time: lines.times[line], line: line,
                            label: "resize \(resize.width)x\(resize.height)",
                            kind: .resize(Size(width: resize.width, height: resize.height))), nil)
        }
        if let end = session.end {
            let line = lines.end ?? session.log.count + 2
            events.append((LabReplayEvent(step: end.step, time: lines.times[line], line: line, label: "end \(end.hash)",
                                          kind: .check), nil))
        }
        events.sort { $0.event.line < $1.event.line }
        self.events = events.map(\.event)
        commandIndex = events.map(\.command)
    }

    /// A command's case name (`setDegree`), as its JSON's `kind` says.
    static func label(_ command: CurveLabCommand) -> String {
        String(String(describing: command).prefix { $0 != "(" })
    }

    package var sessionStep: Int { lab.sessionStep }
    /// Whether the recording had an end line (and so a hash to compare).
    package var isComplete: Bool { session.end != nil }

    /// Steps toward the next event; a lab whose models have all diverged takes no more
    /// steps, as on the engine (the end line's hash then judges).
    package mutating func train(atMost budget: Int) throws(SessionReplayError) {
        guard let next else { return }
        let target = min(next.step, lab.sessionStep + max(0, budget))
        while lab.sessionStep < target, lab.step() {}
    }

    package mutating func takeNext() throws(SessionReplayError) {
        guard let event = next else { return }
        guard lab.sessionStep <= event.step else {
            throw event.desync("the replay is already at step \(lab.sessionStep)", path: path)
        }
        while lab.sessionStep < event.step, lab.step() {}
        if let index = commandIndex[nextIndex] {
            lab.apply(session.log[index].command)
        } else if case .resize(let size) = event.kind {
            recordedSize = size
        } else if let end = session.end {
            guard lab.stateHash == end.hash else {
                throw event.desync("the replay's hash is \(lab.stateHash), the recording's \(end.hash)", path: path)
            }
            checkpointsVerified += 1
        }
        nextIndex += 1
    }

    package mutating func frame(size: Size, palette: Palette) -> LabReplayFrame {
        publisher.request = CurveLabRequest(columns: CurvesScreen.Layout(size: size).curveColumns)
        let snapshot = publisher.snapshot(of: lab, now: 0, forced: true)
        var state = CurvesAppState(settings: snapshot.settings, stepsPerSecond: snapshot.stepsPerSecond)
        state.adopt(snapshot)
        return LabReplayFrame(canvas: CurvesScreen.render(state: state, snapshot: snapshot, size: size))
    }
}
