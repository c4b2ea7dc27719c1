import Foundation
import NNCore
import NNSession
import NNTUI

/// Opens the curve lab on the terminal: the engine on a `CurveLab`, the curses app on
/// it until the student quits, then (with `--record`) the session written atomically.
struct CurvesLauncher {
    var settings: CurveLabSettings
    var stepsPerSecond: Int?
    var startPlaying: Bool
    var fps: Int
    var record: String?

    func run() throws {
        guard Platform.isTerminal(Platform.standardOutput), Platform.isTerminal(Platform.standardInput) else {
            throw PlayCommand.noTerminal("stdout and stdin must be a terminal (--json or --text print a report without one)")
        }
        var lab = CurveLab(settings: settings)
        lab.apply(.setSpeed(stepsPerSecond))  // before the engine: not a logged command
        let initial = lab
        let engine = LabEngine<CurveLab>(state: lab)
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"]
        let (settings, fps, startPlaying) = (settings, fps, startPlaying)
        let outcome: Result<Void, TerminalError> = MainActor.assumeIsolated {
            let app = CurvesApp(engine: engine, state: CurvesAppState(settings: settings, stepsPerSecond: initial.stepsPerSecond),
                                maxFramesPerSecond: fps, noColor: noColor)
            return Result { () throws(TerminalError) in try app.run(startPlaying: startPlaying) }
        }
        engine.stop()  // every command sent is applied and logged before the session is written
        if let record {
            let log = engine.commandLog()
            let last = engine.latestSnapshot()  // the engine's final state, published on stopping
            let session = CurveSession(settings: initial.settings, stepsPerSecond: initial.stepsPerSecond, log: log,
                                       end: (last.sessionStep, last.stateHash))
            try TextFile.writeAtomically(try session.text(), to: record)
        }
        if case .failure(let error) = outcome { throw PlayCommand.noTerminal(error.message) }
    }
}
