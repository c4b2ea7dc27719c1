import Foundation
import NNCore
import NNSession
import NNTUI

/// Starts a race's engine and runs the race screen on it until the student quits:
/// `nnplay play --variant …`.
extension PlaygroundLauncher {
    /// Runs the race screen on `race` (training at once if `startPlaying`), with `note`
    /// on the bottom row at first.
    func runRace(_ race: RaceState, startPlaying: Bool, note: String?) throws {
        guard record == nil else {
            throw InputError("--record does not record a race yet (record one variant with 'nnplay play' alone)")
        }
        var race = race
        // Before the engine starts, so not a logged command: a pace never changes results.
        race.apply(.all(.setPace(pace)))
        let engine = LabEngine(state: race)
        defer { engine.stop() }
        let options = PlaygroundApp.Options(maxFramesPerSecond: fps, noColor: ProcessInfo.processInfo.environment["NO_COLOR"])
        var state = RaceUIState(ids: race.entrants.map(\.id), config: race.entrants[0].config, pace: pace)
        state.message = note
        let outcome: Result<PlaygroundStats, TerminalError> = MainActor.assumeIsolated {
            let app = RaceApp(engine: engine, state: state, options: options)
            return Result { () throws(TerminalError) in try app.run(startPlaying: startPlaying) }
        }
        switch outcome {
        case .success(let stats):
            if statsOnExit { StandardError.write(stats.json + "\n") }
        case .failure(let error):
            throw PlayCommand.noTerminal(error.message)
        }
    }
}
