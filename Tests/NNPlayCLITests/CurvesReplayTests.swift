import Foundation
import NNCore
import NNSession
import Testing

/// `nnplay replay FILE` on a curve-lab session: verified bit for bit, a desync refused
/// with its own exit status.
@Suite struct CurvesReplayTests {
    static func session() -> CurveSession {
        let settings = CurveLabSettings(target: .runge, points: 60, seed: 4, degree: 8,
                                        optimizer: OptimizerConfig(kind: .momentum, learningRate: 0.03))
        let log = [CurveLabLoggedCommand(step: 0, command: .play), CurveLabLoggedCommand(step: 500, command: .setL2(1e-4)),
                   CurveLabLoggedCommand(step: 900, command: .setHidden([16, 16])),
                   CurveLabLoggedCommand(step: 1_500, command: .pause)]
        let final = CurveLab.replay(settings: settings, log: log, until: 1_500)
        return CurveSession(initial: CurveLab(settings: settings), log: log, final: final)
    }

    @Test func aRecordedSessionReplaysAndVerifies() throws {
        let folder = try TemporaryFolder()
        let session = Self.session()
        let path = folder.path("runge.session")
        try session.text().write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["replay", path, "--headless", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["format"] as? String == "nnplay-curves-session")
        #expect(json["steps"] as? Int == 1_500)
        #expect(json["commands"] as? Int == 4)
        #expect(json["complete"] as? Bool == true)
        #expect(json["final_hash"] as? String == session.end?.hash.description)
        let text = try CLIRunner.run(["replay", path, "--headless"])
        #expect(text.status == 0 && text.stdout.contains("1,500 steps, 4 commands; verified"))
    }

    @Test func aWrongHashIsADesync() throws {
        let folder = try TemporaryFolder()
        var session = Self.session()
        session.end = (1_500, ParameterHash(value: 42))
        let path = folder.path("tampered.session")
        try session.text().write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["replay", path, "--headless"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("desync at step 1500"))
    }
}
