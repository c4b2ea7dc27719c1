import Foundation
import NNCore
import NNSession
import NNTUI

/// Opens the curve lab on the terminal: the engine on a `CurveLab`, the curses app on
/// it until the student quits; with `--record` the session is written as it goes
/// (`LabRecording`: a crash or a kill keeps what was recorded in the temporary file
/// beside it) and put in place when the lab closes. With a lesson (`nnplay lesson ID`),
/// its pane beside the lab, progress saved as it goes, its marks in the recording.
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
        let (settings, fps, startPlaying, record, lesson, lessonStore) = (settings, fps, startPlaying, record, lesson,
                                                                          lessonStore)
        let outcome: Result<Void, TerminalError> = try MainActor.assumeIsolated {
            let recording = try record.map { path throws(InputError) in
                let terminal = TerminalSize.current()
                let header = CurveSession(settings: initial.settings, stepsPerSecond: initial.stepsPerSecond, log: [],
                                          end: nil, terminal: terminal).header
                return LabRecording(engine: engine, file: try LabSessionAppender(path: path, header: header, terminal: terminal))
            }
            var state = CurvesAppState(settings: settings, stepsPerSecond: initial.stepsPerSecond)
            state.lesson = lesson
            let app = CurvesApp(engine: engine, state: state, maxFramesPerSecond: fps, noColor: noColor,
                                lessonStore: lessonStore)
            if let recording {
                app.onDraw = { size, step in recording.sync(size: (size.width, size.height), step: step) }
                app.onMark = { marker in
                    recording.mark(step: marker.step) { CurveSessionMarker(step: $0, label: marker.label, afterCommands: 0) }
                }
            }
            let outcome = Result { () throws(TerminalError) in try app.run(startPlaying: startPlaying) }
            engine.stop()  // every command sent is applied and logged before the session is finished
            if let recording, case .success = outcome {
                // The engine's final state, published on stopping.
                let final = engine.latestSnapshot()
                try recording.finish(CurveSession.endLine(step: final.sessionStep, hash: final.stateHash))
            }
            return outcome
        }
        if case .failure(let error) = outcome { throw PlayCommand.noTerminal(error.message) }
    }
}
