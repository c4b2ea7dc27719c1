import Foundation
import NNCore
import NNSession
import NNTUI
import Testing

/// Recorded sessions replayed headless draw the very frames committed in `Golden/`
/// (`replay-<session>.txt`, the text `nnplay replay --frames` writes), and the same
/// frames every time. `NNPLAY_UPDATE_GOLDENS=1` rewrites them (and fails; see
/// `GoldenFile`).
@Suite struct ReplayGoldenTests {
    /// The committed sessions (shared with the session tests).
    static let sessions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NNSessionTests/Sessions")

    /// The `--frames` text of the session `name`.
    private func frames(_ name: String) throws -> (text: String, replay: SessionReplay) {
        let path = ReplayGoldenTests.sessions.appendingPathComponent(name + ".session").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-frames-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let replay = try HeadlessReplay(session: try SessionReader.read(path), path: path,
                                        frames: try TextFileAppender(path: output)).run()
        return (try String(contentsOfFile: output, encoding: .utf8), replay)
    }

    @Test(arguments: ["xor-small", "spiral-lesson"])
    func replayedFramesMatchTheirGoldens(_ name: String) throws {
        let (text, replay) = try frames(name)
        let separators = text.split(separator: "\n").filter { $0.hasPrefix("=== step ") }
        #expect(separators.count == replay.events + 1)
        #expect(separators.last == "=== step \(replay.steps), end of replay ===")
        #expect(try frames(name).text == text, "a second replay drew other frames")
        GoldenFile.check(text, named: "replay-\(name)")
    }
}
