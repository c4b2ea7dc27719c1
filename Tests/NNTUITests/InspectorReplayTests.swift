import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// A recording notes which inspector view the student opened and the set it scored
/// (interface-only `inspector` events), and the threshold moved there (a recorded
/// `configure`), so a headless replay shows the same view at the same threshold.
@MainActor
@Suite struct InspectorReplayTests {
    @Test func aReplayOpensTheViewsTheStudentOpened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-inspector-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("inspector.session").path
        let size = Size(width: 120, height: 40)
        let start = try PlaygroundState(config: TrainingConfig())
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: start,
                                                                             terminal: SessionTerminal(width: 120, height: 40)))
        let engine = Engine(state: start)
        PlaygroundLoopTests.preparePictures(engine, size: size)
        let backend = ScriptedBackend(size: size, script: [
            .init(at: .seconds(1), .input(.character("i"))),
            .init(at: .seconds(2), .input(.character("]"))),
            .init(at: .seconds(3), .input(.character("v"))),
            .init(at: .seconds(4), .input(.character("v"))),
            .init(at: .seconds(5), .input(.character("i"))),
            .init(at: .seconds(6), .quit),
        ])
        let app = PlaygroundApp(engine: engine, state: AppFixture.state(), recorder: recorder)
        _ = app.run(on: backend)
        engine.stop()
        try recorder.finish(engine: engine)

        let session = try SessionReader.read(path)
        let notes = session.events.compactMap { event -> String? in
            if case .inspector(_, let view, let set) = event { return "\(view?.rawValue ?? "closed") \(set.rawValue)" }
            return nil
        }
        #expect(notes == ["evaluation train", "evaluation validation", "evaluation test", "weights test"])
        let thresholds = session.events.compactMap { event -> Double? in
            if case .command(let logged) = event, case .configure(let config) = logged.command { return config.threshold }
            return nil
        }
        #expect(thresholds == [0.55])

        let output = folder.appendingPathComponent("frames.txt").path
        _ = try HeadlessReplay(session: session, path: path, frames: try TextFileAppender(path: output)).run()
        let frames = try String(contentsOfFile: output, encoding: .utf8)
            .components(separatedBy: "=== step ").filter { !$0.isEmpty }
        let atTest = try #require(frames.first { $0.contains("inspector evaluation test") })
        #expect(atTest.contains("threshold 0.550"), "the recorded threshold, in the replayed view")
        let atWeights = try #require(frames.first { $0.contains("inspector weights test") })
        #expect(atWeights.contains("inspector (i)"))
    }
}
