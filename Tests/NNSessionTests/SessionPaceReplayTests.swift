import Foundation
import NNCore
import NNSession
import Testing

/// Pace commands in a session file, old (`setSpeed`, steps per second) and new
/// (`setPace`), change when the live engine stepped, never what it computed: the
/// committed xor session with them spliced in verifies every checkpoint and ends on
/// the same parameters as without them.
@Suite struct SessionPaceReplayTests {
    private func replay(_ lines: [String]) throws -> SessionReplay {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("paced.session")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return try SessionReplayer(session: try SessionReader.read(path), path: path).run()
    }

    @Test func paceCommandsReplayToTheSameBits() throws {
        let path = SessionFixtures.folder.appendingPathComponent("xor-small.session").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let play = try #require(lines.firstIndex { $0.hasPrefix(#"{"kind":"play""#) })
        var paced = lines
        paced.insert(contentsOf: [#"{"kind":"setSpeed","step":0,"stepsPerSecond":30,"time":0.4}"#,
                                  #"{"kind":"setPace","epochsPerSecond":60,"step":0,"time":0.4}"#,
                                  #"{"kind":"setPace","step":0,"stepsPerSecond":1,"time":0.4}"#,
                                  #"{"kind":"setSpeed","step":0,"time":0.4}"#], at: play + 1)
        let original = try replay(lines), withPaces = try replay(paced)
        #expect(withPaces.isComplete && withPaces.checkpointsVerified == original.checkpointsVerified)
        #expect(original.checkpointsVerified > 0)
        #expect(withPaces.commands == original.commands + 4)
        #expect(withPaces.state.pace == .max, "the last one, an old setSpeed without a rate")
        #expect(withPaces.state.trainer.network.parameters.map(\.bitPattern)
                == original.state.trainer.network.parameters.map(\.bitPattern))
    }
}
