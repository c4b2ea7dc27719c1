import NNCore
import NNSession

/// A digits-lab session (a `Session` whose header says `isDigitsLab`) as a
/// `LabPlayback`: the events go through `SessionPlayback` as the playground's do, and
/// frames are the lab's own screen drawn from the replayed state (the readout computed
/// on the spot, the accuracy chart from the frames drawn so far, the pad blank: the pad
/// is never recorded).
package struct DigitsPlayback: LabPlayback {
    package private(set) var playback: SessionPlayback
    package let events: [LabReplayEvent]
    package private(set) var recordedSize: Size
    /// The test accuracy at each frame drawn, for the accuracy chart (the live lab
    /// notes it at each readout, as the replay does at each frame).
    private var accuracy = AccuracyHistory()

    package init(session: Session, path: String) throws(SessionReplayError) {
        playback = try SessionPlayback(session: session, path: path)
        events = session.entries.map(PlaygroundPlayback.event)
        recordedSize = session.header.terminal.map { Size(width: $0.width, height: $0.height) } ?? ReplayScreen.defaultSize
    }

    package var nextIndex: Int { playback.nextIndex }
    package var sessionStep: Int { playback.state.sessionStep }
    package var checkpointsVerified: Int { playback.checkpointsVerified }
    /// What a headless replay reports.
    package var replay: SessionReplay { SessionReplay(playback) }

    package mutating func train(atMost budget: Int) throws(SessionReplayError) {
        _ = try playback.train(atMost: budget)
    }

    package mutating func takeNext() throws(SessionReplayError) {
        guard let event = next else { return }
        try playback.takeNext()
        if case .resize(let size) = event.kind { recordedSize = size }
    }

    package mutating func frame(size: Size, palette: Palette) -> LabReplayFrame {
        let state = playback.state
        let readout = DigitsLabState(playground: state).readout(pad: nil)
        if readout.confusion.total > 0 {
            accuracy.record(epoch: state.trainer.epochs, accuracy: readout.confusion.accuracy)
        }
        let snapshot = DigitsSnapshot(playground: state.snapshot(), readout: readout, pad: nil, accuracy: accuracy)
        var screen = DigitsAppState(config: state.config)
        screen.adopt(snapshot)
        var canvas = Canvas(size: size)
        _ = DigitsScreen.draw(snapshot, state: screen, palette: palette, canvas: &canvas)
        return LabReplayFrame(canvas: canvas)
    }
}
