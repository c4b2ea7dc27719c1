import Foundation
import NNCore
import NNSession
import Testing

/// `nnplay replay` on a landscape lab session: verified bit for bit, or a desync.
@Suite struct LandscapeReplayCommandTests {
    /// A session of the lab recorded as the live app records it: commands at their steps, then the end line.
    static func record(to path: String, tamper: Bool = false) throws -> LandscapeLabState {
        let setup = LandscapeLabSetup(function: .himmelblau, methods: [.labDefault(.adam), .labDefault(.cmaes)])
        var state = LandscapeLabState(setup)
        let recorder = try LandscapeLabRecorder(path: path, setup: setup, terminal: LandscapeTerminalSize(width: 80, height: 24))
        let script: [Int: LandscapeLabCommand] = [0: .play, 7: .setStart(x: -1, y: 2), 15: .addMethod(.labDefault(.newton))]
        while state.sessionStep < 30 {
            if let command = script[state.sessionStep] {
                try recorder.command(LandscapeLabLoggedCommand(step: state.sessionStep, command: command))
                state.apply(command)
            }
            state.step()
        }
        let hash = tamper ? ParameterHash(value: state.fingerprint.value ^ 1) : state.fingerprint
        try recorder.finish(steps: state.sessionStep, fingerprint: hash)
        return state
    }

    static func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-lsreplay-\(getpid())-\(name)").path
    }

    @Test func aRecordedSessionReplaysToTheSameBits() throws {
        let file = Self.temporary("ok.session"), frames = Self.temporary("frames.txt")
        defer { try? FileManager.default.removeItem(atPath: file); try? FileManager.default.removeItem(atPath: frames) }
        let state = try Self.record(to: file)
        let result = try CLIRunner.run(["replay", file, "--headless", "--json", "--frames", frames])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["verified"] as? Bool == true)
        #expect(json["final_hash"] as? String == state.fingerprint.description)
        #expect(json["steps"] as? Int == 30 && json["commands"] as? Int == 3)
        #expect((json["methods"] as? [[String: Any]])?.count == 3)
        let text = try String(contentsOfFile: frames, encoding: .utf8)
        #expect(text.components(separatedBy: "=== step").count - 1 == 5, "a frame per command, the end line and the end")
        #expect(text.contains("=== step 7, line 3: setStart ==="))
    }

    @Test func anEditedSessionIsADesync() throws {
        let file = Self.temporary("bad.session"), frames = Self.temporary("badframes.txt")
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try Self.record(to: file, tamper: true)
        let result = try CLIRunner.run(["replay", file, "--headless", "--frames", frames])
        #expect(result.status == 2)
        #expect(result.stderr.contains(":5: desync at step 30"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: frames), "no partial frames file")
    }
}
