import Foundation
import NNCore
import NNSession
import Testing

/// Helpers for the session tests, and the committed session files in `Sessions/`.
enum SessionFixtures {
    /// The folder of committed sessions.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Sessions")

    /// A header line for `config` (default: TensorFlow Playground's start), with "\n".
    static func headerLine(_ config: TrainingConfig = TrainingConfig()) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var header = SessionHeader(config: config, created: Date(timeIntervalSince1970: 0))
        header.platform = "test"
        return String(decoding: try encoder.encode(header), as: UTF8.self) + "\n"
    }
}

/// A folder under the temporary directory, removed when released.
final class SessionTemporaryFolder: Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-session-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }
}

/// Sessions committed to the repository keep replaying and verifying: a change to the
/// engine's arithmetic or to the format shows up here as a desync or a refusal.
@Suite struct SessionFixtureTests {
    @Test func theCommittedSpiralSessionReplaysAndVerifies() throws {
        let path = SessionFixtures.folder.appendingPathComponent("spiral-lesson.session").path
        let session = try SessionReader.read(path)
        let replay = try SessionReplayer(session: session, path: path).run()
        #expect(replay.isComplete)
        #expect(replay.steps == 3000)
        #expect(replay.checkpointsVerified == 4)
        #expect(replay.commands == 6)
    }

    /// The small session of the golden replay frames (Tests/NNTUITests): a pause,
    /// single steps, an added point, a resize, a refused setting, a reset.
    @Test func theSmallXORSessionReplaysAndVerifies() throws {
        let path = SessionFixtures.folder.appendingPathComponent("xor-small.session").path
        let session = try SessionReader.read(path)
        var rejections: [String] = []
        let replay = try SessionReplayer(session: session, path: path).run { entry, state in
            if let rejection = state.lastRejection, rejection.sessionStep == entry.event.step,
               case .command = entry.event { rejections.append(rejection.kind) }
        }
        #expect(replay.isComplete && replay.steps == 600 && replay.checkpointsVerified == 3)
        #expect(rejections == ["configure"])
        #expect(replay.state.trainer.split.train.contains(Sample(x1: 3, x2: 3, label: 0)))
    }

    /// The benchmark's session (scripts/bench_replay.py) must stay valid, or the
    /// benchmark would time a refusal.
    @Test func theBenchmarkSessionReplaysAndVerifies() throws {
        let path = SessionFixtures.folder.appendingPathComponent("bench-10k.session").path
        let session = try SessionReader.read(path)
        let replay = try SessionReplayer(session: session, path: path).run()
        #expect(replay.isComplete)
        #expect(replay.steps == 10_000)
        #expect(replay.checkpointsVerified == 11)
    }
}
