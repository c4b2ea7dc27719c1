import NNCore

/// Records a running digits lab into a session file as it goes: the commands the engine
/// logged since the last call, a checkpoint about every `checkpointInterval` steps, and
/// at the end the `end` line with the hash of the final parameters (a session under the
/// lab's header, `SessionHeader(digitsLab:)`, replayed by `nnplay replay`).
package final class DigitsRecording {
    package let recorder: SessionRecorder
    private var logIndex = 0
    private var nextCheckpoint: Int
    /// Set once a write failed and the file was dropped (`abandon`): nothing more is written.
    package private(set) var isAbandoned = false
    /// The size of the last resize written.
    private var lastSize: SessionTerminal?

    package init(recorder: SessionRecorder) {
        self.recorder = recorder
        nextCheckpoint = recorder.checkpointInterval
    }

    /// Writes what `engine` logged since the last call and a checkpoint if one is due;
    /// returns the snapshot the written entries lead to.
    @discardableResult
    package func sync(with engine: LabEngine<DigitsLabState>) throws(InputError) -> DigitsSnapshot {
        guard !isAbandoned else { return engine.latestSnapshot() }
        let (snapshot, log) = engine.snapshotAndLog(from: logIndex)
        for logged in log { try recorder.record(logged) }
        logIndex += log.count
        let state = snapshot.playground
        if state.sessionStep >= nextCheckpoint {
            try recorder.checkpoint(step: state.sessionStep, parameters: state.network.parameters)
            nextCheckpoint = (state.sessionStep / recorder.checkpointInterval + 1) * recorder.checkpointInterval
        }
        return snapshot
    }

    /// Writes a resize when the terminal drawn on is no longer the size last written
    /// (the header's, then each resize's): a headless replay draws its frames at it.
    package func resize(width: Int, height: Int) throws(InputError) {
        guard !isAbandoned else { return }
        let size = SessionTerminal(width: width, height: height)
        guard size != (lastSize ?? recorder.header.terminal) else { return }
        lastSize = size
        try recorder.resize(width: width, height: height)
    }

    /// Writes the rest of the log and the `end` line. Call it after `engine.stop()`, so
    /// that the final snapshot includes every command.
    package func finish(engine: LabEngine<DigitsLabState>) throws(InputError) {
        guard !isAbandoned else { return }
        let (snapshot, log) = engine.snapshotAndLog(from: logIndex)
        for logged in log { try recorder.record(logged) }
        logIndex += log.count
        try recorder.finish(step: snapshot.playground.sessionStep, parameters: snapshot.playground.network.parameters)
    }

    /// Drops the recording (a write failed, or the lab never ran): the path keeps what it held.
    package func abandon() {
        isAbandoned = true
        recorder.discard()
    }
}
