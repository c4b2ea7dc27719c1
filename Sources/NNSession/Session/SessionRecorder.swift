import Foundation
import NNCore

/// Writes a session file as the session happens (format: see `Session`).
///
/// The lines go to a temporary file beside `path` (`.NAME.PID.tmp`), renamed onto
/// `path` by `finish`, so a session that never started (no terminal) or a failed run
/// never truncates a session already at `path`. Every call appends one line with a
/// single `write`, straight to the operating system, so a crash or a kill loses at most
/// the event being written: the recording so far stays in the temporary file.
///
/// From the live app, once per frame:
///
/// ```swift
/// let recorder = try SessionRecorder(path: file, header: SessionHeader(state: start, terminal: size))
/// let engine = Engine(state: start)
/// // every frame:
/// let snapshot = try recorder.sync(with: engine)   // new commands, then a checkpoint if due
/// draw(snapshot)
/// // on a resize or a lesson page:
/// try recorder.resize(width: w, height: h, step: snapshot.sessionStep); try recorder.marker("page 2")
/// // at the end:
/// engine.stop(); try recorder.finish(engine: engine)
/// ```
///
/// Drawing the snapshot that `sync` returns (rather than `engine.latestSnapshot()`)
/// shows exactly the state a replay rebuilds at the lines written so far. `frame`
/// lines are optional; writing one per drawn frame would grow the file by 60 lines a
/// second, so the app does not.
/// Not thread-safe: call it from one thread (the UI's).
package final class SessionRecorder {
    /// Steps between two checkpoints unless told otherwise.
    package static let defaultCheckpointInterval = 1000
    /// The file the session ends up in.
    package let path: String
    /// The file being written until `finish` renames it onto `path`.
    package let temporaryPath: String
    /// Whether `discard` dropped the recording.
    private var isDiscarded = false
    /// How many event lines have been written.
    package private(set) var eventCount = 0
    /// The header written first (the app compares its terminal size with the real one).
    package let header: SessionHeader
    /// Steps between two checkpoints (a checkpoint is written at the first state seen
    /// at or after each multiple).
    package let checkpointInterval: Int
    /// The step of the last line written; later lines are never keyed earlier.
    package private(set) var lastStep = 0
    /// Whether `finish` has written the `end` line (nothing can be added after it).
    package private(set) var isFinished = false
    private var nextCheckpoint: Int
    /// How many entries of the engine's log `sync` has written.
    private var logIndex = 0
    private let handle: FileHandle
    /// Seconds since recording started, for each line's `time`.
    private let elapsed: () -> Double

    /// Starts a recording for `path` holding just `header` (`path` is untouched until `finish`). `elapsed` gives
    /// each line's `time` (default: seconds since now, by `MonotonicClock`); tests pass their own.
    package init(path: String, header: SessionHeader, checkpointInterval: Int = SessionRecorder.defaultCheckpointInterval,
                elapsed: (() -> Double)? = nil) throws(InputError) {
        self.path = path
        self.header = header
        self.checkpointInterval = max(1, checkpointInterval)
        if let elapsed {
            self.elapsed = elapsed
        } else {
            let start = MonotonicClock.now()
            self.elapsed = { MonotonicClock.seconds(since: start) }
        }
        nextCheckpoint = self.checkpointInterval
        let line: String
        do {
            line = try SessionLineWriter.line(header)
        } catch {
            throw InputError("cannot record: \(error.message)", path: path)
        }
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        try TextFile.writeAtomically(line, to: temporaryPath)
        guard let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw InputError("cannot be opened for writing", path: path)
        }
        self.handle = handle
        do {
            try handle.seekToEnd()
        } catch {
            throw InputError("cannot write: \(error.localizedDescription)", path: path)
        }
    }

    deinit {
        try? handle.close()
    }

    /// Appends a command as the engine logged it.
    package func record(_ logged: LoggedCommand) throws(InputError) {
        try write(.command(logged))
    }

    /// Appends a terminal resize, at `step` (default: the last step written; an earlier
    /// step is moved up to it, since a resize does not change training).
    package func resize(width: Int, height: Int, step: Int? = nil) throws(InputError) {
        try write(.resize(step: displayStep(step), width: width, height: height))
    }

    /// Appends a named moment (a lesson's page, say) at `step` (as for `resize`).
    package func marker(_ label: String, step: Int? = nil) throws(InputError) {
        try write(.marker(step: displayStep(step), label: label))
    }

    /// Appends the inspector view the student opened (nil: closed) and the set it
    /// scores, at `step` (as for `resize`): what a replay shows beside the heatmap.
    package func inspector(view: InspectorView?, set: EvaluationSet, step: Int? = nil) throws(InputError) {
        try write(.inspector(step: displayStep(step), view: view, set: set))
    }

    /// Appends that the live UI drew the playground at `step` (as for `resize`).
    package func frame(step: Int? = nil) throws(InputError) {
        try write(.frame(step: displayStep(step)))
    }

    /// Appends a checkpoint: the hash of `parameters` at `step`.
    package func checkpoint(step: Int, parameters: [Double]) throws(InputError) {
        try write(.checkpoint(step: step, hash: ParameterHash(parameters: parameters)))
        nextCheckpoint = (step / checkpointInterval + 1) * checkpointInterval
    }

    /// Appends a checkpoint of `state`.
    package func checkpoint(state: PlaygroundState) throws(InputError) {
        try checkpoint(step: state.sessionStep, parameters: state.trainer.network.parameters)
    }

    /// Appends a checkpoint of `state` if one is due (`checkpointInterval`).
    package func checkpointIfDue(state: PlaygroundState) throws(InputError) {
        if state.sessionStep >= nextCheckpoint { try checkpoint(state: state) }
    }

    /// Appends the `end` line with the hash of `state`'s parameters; nothing can be
    /// added afterwards.
    package func finish(state: PlaygroundState) throws(InputError) {
        try finish(step: state.sessionStep, parameters: state.trainer.network.parameters)
    }

    /// Writes the engine's commands logged since the last call, then a checkpoint if
    /// one is due, and returns the snapshot they lead to (see the type's example).
    @discardableResult
    package func sync(with engine: Engine) throws(InputError) -> Snapshot {
        let (snapshot, log) = engine.snapshotAndLog(from: logIndex)
        for logged in log { try record(logged) }
        logIndex += log.count
        if snapshot.sessionStep >= nextCheckpoint {
            try checkpoint(step: snapshot.sessionStep, parameters: snapshot.network.parameters)
        }
        return snapshot
    }

    /// Writes what the engine logged since the last `sync` and the `end` line with
    /// the hash of its final parameters. Call it after `engine.stop()`, so that the
    /// final snapshot includes every command.
    package func finish(engine: Engine) throws(InputError) {
        let (snapshot, log) = engine.snapshotAndLog(from: logIndex)
        for logged in log { try record(logged) }
        logIndex += log.count
        try finish(step: snapshot.sessionStep, parameters: snapshot.network.parameters)
    }

    /// Appends the `end` line with the hash of `parameters` at `step` (a lab's recording
    /// finishes with this; the playground's with `finish(state:)` or `finish(engine:)`).
    package func finish(step: Int, parameters: [Double]) throws(InputError) {
        try write(.end(step: step, hash: ParameterHash(parameters: parameters)))
        isFinished = true
        try? handle.synchronize()
        if rename(temporaryPath, path) != 0 {
            throw InputError("cannot write: \(String(cString: strerror(errno))) (the recording is in \(temporaryPath))",
                             path: path)
        }
    }

    /// Drops the recording (the app never started): `path` stays as it was.
    package func discard() {
        guard !isFinished, !isDiscarded else { return }
        isDiscarded = true
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    private func displayStep(_ step: Int?) -> Int {
        max(step ?? lastStep, lastStep)
    }

    /// Appends `event` as one line in one `write`.
    private func write(_ event: SessionEvent) throws(InputError) {
        guard !isFinished, !isDiscarded else { throw InputError("the session has already ended", path: path) }
        guard event.step >= lastStep else {
            throw InputError("cannot record \(event.kind) at step \(event.step) after step \(lastStep)", path: path)
        }
        let line: String
        do {
            line = try SessionLineWriter.line(SessionLine(event: event, time: (max(0, elapsed()) * 1000).rounded() / 1000))
        } catch {
            throw InputError("cannot record \(event.kind): \(error.message)", path: path)
        }
        do {
            try handle.write(contentsOf: Data(line.utf8))
        } catch {
            throw InputError("cannot write: \(error.localizedDescription)", path: path)
        }
        lastStep = event.step
        eventCount += 1
    }
}
