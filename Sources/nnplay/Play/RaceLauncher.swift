import Foundation
import NNCore
import NNSession
import NNTUI

/// Starts a race's engine and runs the race screen on it until the student quits:
/// `nnplay play --variant …`, recording the race if asked (written as it goes, with the
/// points of a CSV file in the header, and put in place when the screen closes: a failed
/// run leaves any file at the path as it was).
extension PlaygroundLauncher {
    /// Runs the race screen on `race` (training at once if `startPlaying`), with `note`
    /// on the bottom row at first; with a race `lesson` beside it (`nnplay lesson ID`),
    /// its progress saved into `lessonStore` and its steps marked in the recording.
    func runRace(_ race: RaceState, startPlaying: Bool, note: String?, lesson: RaceLessonMode? = nil,
                 lessonStore: LessonProgressStore? = nil) throws {
        var race = race
        // Before the engine starts, so not a logged command: a pace never changes results.
        race.apply(.all(.setPace(pace)))
        let engine = LabEngine(state: race)
        defer { engine.stop() }
        let options = PlaygroundApp.Options(maxFramesPerSecond: fps, noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
        var state = RaceUIState(ids: race.entrants.map(\.id), config: race.entrants[0].config, pace: pace)
        state.message = note
        state.lesson = lesson
        let record = record
        let outcome: Result<PlaygroundStats, TerminalError> = try MainActor.assumeIsolated {
            let recording = try record.map { path throws(InputError) in
                let terminal = TerminalSize.current()
                return LabRecording(engine: engine, file: try LabSessionAppender(
                    path: path, header: RaceSession.Header(race: engine.initialState, terminal: terminal), terminal: terminal))
            }
            let app = RaceApp(engine: engine, state: state, options: options, lessonStore: lessonStore)
            if let recording {
                app.onDraw = { size, step in recording.sync(size: (size.width, size.height), step: step) }
                app.onMark = { marker in recording.mark(step: marker.step) { RaceSession.Marker(step: $0, label: marker.label) } }
            }
            let outcome = Result { () throws(TerminalError) in try app.run(startPlaying: startPlaying) }
            if let recording, case .success = outcome {
                engine.stop()  // every command sent is applied and logged, and the last snapshot published
                try recording.finish(RaceSession.End(engine.latestSnapshot()))
            }
            return outcome
        }
        switch outcome {
        case .success(let stats):
            if statsOnExit { StandardError.write(stats.json + "\n") }
        case .failure(let error):
            throw PlayCommand.noTerminal(error.message)
        }
    }
}
