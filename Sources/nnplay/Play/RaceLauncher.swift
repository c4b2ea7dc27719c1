import Foundation
import NNCore
import NNSession
import NNTUI

/// Starts a race's engine and runs the race screen on it until the student quits:
/// `nnplay play --variant …`, recording the race if asked (written when the screen
/// closes, atomically: a failed run leaves any file at the path as it was).
extension PlaygroundLauncher {
    /// Runs the race screen on `race` (training at once if `startPlaying`), with `note`
    /// on the bottom row at first; with a race `lesson` beside it (`nnplay lesson ID`),
    /// its progress saved into `lessonStore` and its steps marked in the recording.
    func runRace(_ race: RaceState, startPlaying: Bool, note: String?, lesson: RaceLessonMode? = nil,
                 lessonStore: LessonProgressStore? = nil) throws {
        if race.entrants.contains(where: { $0.config.dataset.kind == nil }) && record != nil {
            throw InputError("--record does not record a race on CSV data yet (built-in datasets only)")
        }
        var race = race
        // Before the engine starts, so not a logged command: a pace never changes results.
        race.apply(.all(.setPace(pace)))
        let engine = LabEngine(state: race)
        defer { engine.stop() }
        let options = PlaygroundApp.Options(maxFramesPerSecond: fps, noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
        var state = RaceUIState(ids: race.entrants.map(\.id), config: race.entrants[0].config, pace: pace)
        state.message = note
        state.lesson = lesson
        let marksLessons = record != nil
        let (outcome, markers): (Result<PlaygroundStats, TerminalError>, [RaceSession.Marker]) = MainActor.assumeIsolated {
            let app = RaceApp(engine: engine, state: state, options: options, lessonStore: lessonStore,
                              marksLessons: marksLessons)
            let outcome = Result { () throws(TerminalError) in try app.run(startPlaying: startPlaying) }
            return (outcome, app.markers)
        }
        if let record, case .success = outcome {
            engine.stop()  // every command sent is applied and logged, and the last snapshot published
            let header = RaceSession.Header(race: engine.initialState,
                                            terminal: TerminalSize.current())
            try TextFile.writeAtomically(try RaceSession.text(header: header, log: engine.commandLog(), markers: markers,
                                                              final: engine.latestSnapshot()), to: record)
        }
        switch outcome {
        case .success(let stats):
            if statsOnExit { StandardError.write(stats.json + "\n") }
        case .failure(let error):
            throw PlayCommand.noTerminal(error.message)
        }
    }
}
