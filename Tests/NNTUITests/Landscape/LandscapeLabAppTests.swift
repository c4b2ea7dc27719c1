import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The landscape lab's run loop on a scripted terminal with a real engine thread.
@MainActor
@Suite struct LandscapeLabAppTests {
    static let size = Size(width: 120, height: 40)

    /// Keys at fake times; the engine runs in real time (paused: steps come from `s`).
    static func run(_ keys: [InputEvent], setup: LandscapeLabSetup = LandscapeLabSetup(),
                    recorder: LandscapeLabRecorder? = nil) -> (ScriptedBackend, LandscapeLabApp, LabEngine<LandscapeLabState>) {
        let engine = LabEngine(state: LandscapeLabState(setup))
        var cues = keys.enumerated().map { ScriptedBackend.Cue(at: .milliseconds(100 * ($0.offset + 1)), .input($0.element)) }
        cues.append(ScriptedBackend.Cue(at: .milliseconds(100 * (keys.count + 2)), .input(.character("q"))))
        let backend = ScriptedBackend(size: size, script: cues)
        // Each idle wait first waits this long, in real time, for the engine's next snapshot.
        backend.realWakeTimeout = .milliseconds(500)
        let app = LandscapeLabApp(engine: engine, recorder: recorder)
        app.run(on: backend)
        return (backend, app, engine)
    }

    @Test func stepsDrawTheSurfaceAndTheRace() {
        let (backend, _, engine) = Self.run([.character("s"), .character("s"), .character("s")])
        engine.stop()
        #expect(engine.latestSnapshot().iteration == 3)
        let last = backend.frames.last?.text ?? ""
        #expect(last.contains("nnplay landscape") && last.contains("f − f*") && last.contains("iteration 3"))
        #expect(backend.frames.contains { !$0.text.contains("computing the surface") }, "the raster arrived")
    }

    @Test func aRecordedLiveSessionReplaysBitForBit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-lab-\(getpid()).session").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let setup = LandscapeLabSetup(function: .himmelblau, methods: [.labDefault(.adam), .labDefault(.cmaes)])
        let recorder = try LandscapeLabRecorder(path: path, setup: setup, terminal: LandscapeTerminalSize(width: 120, height: 40))
        let (_, app, engine) = Self.run([.character("s"), .character("a"), .character("s"), .right, .character("s"),
                                         .character("s")], setup: setup, recorder: recorder)
        engine.stop()
        try app.finishRecording()
        let live = engine.latestSnapshot()
        let session = try LandscapeLabSessionReader.read(path)
        #expect(session.end?.steps == live.sessionStep && session.end?.hash == live.fingerprint)
        let result = try LabHeadlessReplay().run(LandscapePlayback(session: session, path: path))
        #expect(result.isComplete && result.checkpointsVerified == 1)
        #expect(result.state.fingerprint == live.fingerprint)
        #expect(result.state.setup.function == .beale, "→ on the function row changed the surface")
        #expect(result.state.setup.methods.count == 3, "a added a method")
    }
}
