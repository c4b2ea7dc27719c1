import ArgumentParser
import Foundation
import NNCore
import NNSession
import NNTUI

/// Starts the engine on a playground state and runs the curses app on it until the
/// student quits: what `nnplay play` and `nnplay lesson ID` share.
struct PlaygroundLauncher {
    var fps: Int
    var statsOnExit: Bool

    /// Fails (exit 69, one line) when stdin or stdout is not a terminal.
    static func requireTerminal() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            throw PlayCommand.noTerminal("stdout and stdin must be a terminal")
        }
    }

    /// Runs the playground on `playground` with the interface `state`; sends
    /// `initialCommands` first (a lesson step's automatic run) and saves lesson
    /// progress to `lessonStore`.
    func run(playground: PlaygroundState, state: AppState, startPlaying: Bool = false,
             initialCommands: [Command] = [], lessonStore: LessonProgressStore? = nil) throws {
        let engine = Engine(state: playground)
        defer { engine.stop() }
        let options = PlaygroundApp.Options(maxFramesPerSecond: fps,
                                            noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
        let outcome: Result<PlaygroundStats, TerminalError> = MainActor.assumeIsolated {
            let app = PlaygroundApp(engine: engine, state: state, options: options, lessonStore: lessonStore)
            return Result { () throws(TerminalError) in
                try app.run(startPlaying: startPlaying, initialCommands: initialCommands)
            }
        }
        switch outcome {
        case .success(let stats):
            if statsOnExit { StandardError.write(stats.json + "\n") }
        case .failure(let error):
            throw PlayCommand.noTerminal(error.message)
        }
    }
}
