import Foundation
import NNCore
import NNSession
import NNTUI

/// Starts the engine on a digits lab and runs the curses app on it until the student
/// quits, recording the session if asked: what `nnplay digits` and a `lab: digits`
/// lesson share.
struct DigitsLauncher {
    /// The pace training starts at (`--speed`).
    var pace: Pace
    var fps: Int
    /// The session file to record into, if any.
    var record: String?

    /// Runs the lab on `lab` with the interface `state`; sends `initialCommands` first (a
    /// lesson step's start) and saves lesson progress to `lessonStore`.
    func run(lab: DigitsLabState, state: DigitsAppState, startPlaying: Bool = false, initialCommands: [Command] = [],
             lessonStore: LessonProgressStore? = nil) throws {
        var lab = lab, state = state
        // Before the engine starts, so not a recorded command: a pace never changes what is computed.
        lab.pace = pace
        state.pace = pace
        var header = SessionHeader(digitsLab: lab, terminal: TerminalSize.current())
        header.lesson = state.lesson.map { SessionLesson($0.session.lesson) }
        let engine = LabEngine(state: lab)
        defer { engine.stop() }
        let fps = self.fps, recordPath = record, start = startPlaying, ready = state
        // The recording is made, used and finished on the main actor (it is not Sendable).
        let outcome: Result<Void, Failure> = MainActor.assumeIsolated {
            var recording: DigitsRecording?
            if let recordPath {
                do throws(InputError) {
                    recording = DigitsRecording(recorder: try SessionRecorder(path: recordPath, header: header))
                } catch {
                    return .failure(.file(error))
                }
            }
            let app = DigitsApp(link: Self.link(engine, recording: recording), state: ready, maxFramesPerSecond: fps,
                                noColor: ProcessInfo.processInfo.environment["NO_COLOR"], lessonStore: lessonStore)
            let result = Result { () throws(TerminalError) in
                try app.run(startPlaying: start, initialCommands: initialCommands)
            }
            if let recording {
                if case .failure = result, recording.recorder.eventCount == 0 {
                    recording.abandon()  // the lab never ran (no usable terminal): keep any file at the path
                } else {
                    engine.stop()  // every command sent is applied and logged before the end line
                    do throws(InputError) {
                        try recording.finish(engine: engine)
                    } catch {
                        return .failure(.file(error))
                    }
                }
            }
            return result.mapError(Failure.terminal)
        }
        switch outcome {
        case .success: break
        case .failure(.terminal(let error)): throw PlayCommand.noTerminal(error.message)
        case .failure(.file(let error)): throw error
        }
    }

    /// Why the lab stopped with an error.
    private enum Failure: Error {
        case terminal(TerminalError)
        case file(InputError)
    }

    /// How the app reaches the engine; with a recording, every read of the latest
    /// snapshot also writes what the engine logged before it.
    @MainActor
    static func link(_ engine: LabEngine<DigitsLabState>, recording: DigitsRecording?) -> DigitsApp.Link {
        DigitsApp.Link.engine(engine, latest: {
            if let recording, !recording.isAbandoned {
                do throws(InputError) {
                    return try recording.sync(with: engine)
                } catch {
                    StandardError.line("recording stopped: \(error.description)")
                    recording.abandon()
                }
            }
            return engine.latestSnapshot()
        }, mark: recording.map { recording in
            { label in
                guard !recording.isAbandoned else { return }
                do throws(InputError) {
                    try recording.recorder.marker(label)
                } catch {
                    StandardError.line("recording stopped: \(error.description)")
                    recording.abandon()
                }
            }
        }, drawn: recording.map { recording in
            { size in
                do throws(InputError) {
                    try recording.resize(width: size.width, height: size.height)
                } catch {
                    StandardError.line("recording stopped: \(error.description)")
                    recording.abandon()
                }
            }
        })
    }
}
