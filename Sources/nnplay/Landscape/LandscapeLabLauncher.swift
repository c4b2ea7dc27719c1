import Foundation
import NNCore
import NNSession
import NNTUI

/// Runs the landscape lab in the terminal (`nnplay landscape` on a terminal): the
/// state on its engine thread, the screen on the main thread, the session recorded
/// with `--record`; with a lesson (`nnplay lesson ID`), its pane beside the lab and the
/// student's progress saved as they go.
enum LandscapeLabLauncher {
    static func run(setup: LandscapeLabSetup, record: String?, startPlaying: Bool,
                    lesson: LandscapeLessonMode? = nil, lessonStore: LessonProgressStore? = nil) throws {
        guard Platform.isTerminal(Platform.standardOutput), Platform.isTerminal(Platform.standardInput) else {
            throw PlayCommand.noTerminal("stdout and stdin must be a terminal")
        }
        let engine = LabEngine(state: LandscapeLabState(setup))
        defer { engine.stop() }
        let terminal = TerminalSize.current().map { LandscapeTerminalSize(width: $0.width, height: $0.height) }
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"]
        let outcome: Result<Void, Failure> = MainActor.assumeIsolated {
            var recorder: LandscapeLabRecorder?
            if let record {
                do throws(InputError) {
                    recorder = try LandscapeLabRecorder(path: record, setup: setup, terminal: terminal)
                } catch {
                    return .failure(.file(error))
                }
            }
            let app = LandscapeLabApp(engine: engine, noColor: noColor, recorder: recorder, lesson: lesson,
                                      lessonStore: lessonStore)
            let result = Result { () throws(TerminalError) in try app.run(startPlaying: startPlaying) }
            if case .success = result, recorder != nil {
                engine.stop()  // every command sent is applied and logged before the end line
                do throws(InputError) {
                    try app.finishRecording()
                } catch {
                    return .failure(.file(error))
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

    private enum Failure: Error {
        case terminal(TerminalError)
        case file(InputError)
    }
}
