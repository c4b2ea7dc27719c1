import Foundation
import NNCore
import NNSession
import NNTUI

/// Opens the curve lab on the terminal: the engine on a `CurveLab`, the curses app on
/// it until the student quits, then (with `--record`) the session written atomically.
/// With a lesson (`nnplay lesson ID`), its pane beside the lab, progress saved as it goes.
struct CurvesLauncher {
    var settings: CurveLabSettings
    var stepsPerSecond: Int?
    var startPlaying: Bool
    var fps: Int
    var record: String?
    var lesson: CurvesLessonMode?
    var lessonStore: LessonProgressStore?

    func run() throws {
        guard Platform.isTerminal(Platform.standardOutput), Platform.isTerminal(Platform.standardInput) else {
            throw PlayCommand.noTerminal("stdout and stdin must be a terminal (--json or --text print a report without one)")
        }
        var lab = CurveLab(settings: settings)
        lab.apply(.setSpeed(stepsPerSecond))  // before the engine: not a logged command
        let initial = lab
        let engine = LabEngine<CurveLab>(state: lab)
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"]
        let (settings, fps, startPlaying, lesson, lessonStore) = (settings, fps, startPlaying, lesson, lessonStore)
        let (outcome, markers): (Result<Void, TerminalError>, [CurveSessionMarker]) = MainActor.assumeIsolated {
            var state = CurvesAppState(settings: settings, stepsPerSecond: initial.stepsPerSecond)
            state.lesson = lesson
            let app = CurvesApp(engine: engine, state: state, maxFramesPerSecond: fps, noColor: noColor,
                                lessonStore: lessonStore)
            let outcome = Result { () throws(TerminalError) in try app.run(startPlaying: startPlaying) }
            return (outcome, app.markers)
        }
        engine.stop()  // every command sent is applied and logged before the session is written
        if let record {
            let log = engine.commandLog()
            let last = engine.latestSnapshot()  // the engine's final state, published on stopping
            var session = CurveSession(settings: initial.settings, stepsPerSecond: initial.stepsPerSecond, log: log,
                                       end: (last.sessionStep, last.stateHash))
            session.markers = markers
            try TextFile.writeAtomically(try session.text(), to: record)
        }
        if case .failure(let error) = outcome { throw PlayCommand.noTerminal(error.message) }
    }
}
