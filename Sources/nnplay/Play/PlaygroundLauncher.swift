import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// Starts the engine on a playground state and runs the curses app on it until the
/// student quits, recording the session if asked: what `nnplay play` and
/// `nnplay lesson ID` share.
struct PlaygroundLauncher {
    /// The pace training starts at (`--speed`).
    var pace: Pace
    var fps: Int
    var statsOnExit: Bool
    /// The session file to record into, if any.
    var record: String?
    /// Whether `m` and `e` open a search or a sweep of the setup (`PlaygroundCompare`);
    /// not in a playground opened from one.
    var opensComparisons = true

    /// Fails (exit 69, one line) when stdin or stdout is not a terminal.
    static func requireTerminal() throws {
        guard Platform.isTerminal(Platform.standardOutput), Platform.isTerminal(Platform.standardInput) else {
            throw PlayCommand.noTerminal("stdout and stdin must be a terminal")
        }
    }

    /// Runs the playground on `playground` with the interface `state`; sends
    /// `initialCommands` first (a lesson step's automatic run) and saves lesson
    /// progress to `lessonStore`.
    func run(playground: PlaygroundState, state: AppState, startPlaying: Bool = false,
             initialCommands: [Command] = [], lessonStore: LessonProgressStore? = nil) throws {
        var playground = playground, state = state
        // Before the engine starts, so not a recorded command: a pace never changes
        // what is computed, and a replay goes at its own speed.
        playground.pace = pace
        state.pace = pace
        let engine = Engine(state: playground)
        defer { engine.stop() }
        let options = PlaygroundApp.Options(maxFramesPerSecond: fps,
                                            noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
        let header = record.map { _ in
            var header = SessionHeader(state: playground, terminal: TerminalSize.current())
            header.lesson = state.lesson.map { SessionLesson($0.session.lesson) }
            return header
        }
        let recordPath = record
        // The recorder is made, used and finished on the main actor (it is not Sendable).
        let outcome: Result<PlaygroundStats, Failure> = MainActor.assumeIsolated {
            var recorder: SessionRecorder?
            if let recordPath, let header {
                do throws(InputError) {
                    recorder = try SessionRecorder(path: recordPath, header: header)
                } catch {
                    return .failure(.file(error))
                }
            }
            let app = PlaygroundApp(engine: engine, state: state, options: options, recorder: recorder,
                                    lessonStore: lessonStore)
            if opensComparisons {
                let data = playground  // its CSV points, for a comparison on them
                app.openCompare = { screen, config, backend in
                    PlaygroundCompare.open(screen, config: config, csv: data.csvData(for: config), backend: backend)
                }
            }
            let result = Result { () throws(TerminalError) in
                try app.run(startPlaying: startPlaying, initialCommands: initialCommands)
            }
            if let recorder, case .failure = result, recorder.eventCount == 0 {
                recorder.discard()  // the app never ran (no usable terminal): keep any file at the path
            } else if let recorder {
                engine.stop()  // every command sent is applied and logged before the end line
                do throws(InputError) {
                    try recorder.finish(engine: engine)
                } catch {
                    return .failure(.file(error))
                }
            }
            return result.mapError(Failure.terminal)
        }
        switch outcome {
        case .success(let stats):
            if statsOnExit { StandardError.write(stats.json + "\n") }
        case .failure(.terminal(let error)):
            throw PlayCommand.noTerminal(error.message)
        case .failure(.file(let error)):
            throw error
        }
    }

    /// Why the playground stopped with an error.
    private enum Failure: Error {
        case terminal(TerminalError)
        case file(InputError)
    }
}
