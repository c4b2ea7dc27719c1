import NNCore

/// A lab's recording kept in step with its engine, once a frame (the race, the curve
/// lab): the commands the engine logged since the last call and the terminal's size
/// go to the `LabSessionAppender`. A failed write stops the recording (`failure` says
/// why; the lines written so far stay in the temporary file).
package final class LabRecording<State: EngineRunnable> where State.LabCommand: Codable {
    package let engine: LabEngine<State>
    package let file: LabSessionAppender
    /// Why the recording stopped, if a write failed.
    package private(set) var failure: InputError?
    private var written = 0

    package init(engine: LabEngine<State>, file: LabSessionAppender) {
        self.engine = engine
        self.file = file
    }

    /// Writes the commands logged since the last call, then the size of the terminal
    /// drawn at session step `step` if it changed (nil: no frame, commands only).
    package func sync(size: (width: Int, height: Int)? = nil, step: Int = 0) {
        guard failure == nil else { return }
        do throws(InputError) {
            let entries = engine.commandLog(from: written)
            for entry in entries { try file.command(entry, step: entry.step) }
            written += entries.count
            if let size { try file.resize(width: size.width, height: size.height, step: step) }
        } catch {
            failure = error
        }
    }

    /// Writes the commands logged so far, then the marker line `line` makes for the
    /// session step it goes at: `step`, or the step of a line already written if that is
    /// later (so the file stays in step order). A lesson's marks (`LessonMarks`).
    package func mark<Line: Encodable>(step: Int, _ line: (Int) -> Line) {
        sync()
        guard failure == nil else { return }
        let at = max(step, file.lastStep)
        do throws(InputError) {
            try file.command(line(at), step: at)
        } catch {
            failure = error
        }
    }

    /// After the engine stopped: the last commands, then `end` (the lab's end line); the
    /// file is put in place. Throws the first failure.
    package func finish(_ end: some Encodable) throws(InputError) {
        sync()
        if let failure { throw failure }
        try file.finish(end)
    }
}
