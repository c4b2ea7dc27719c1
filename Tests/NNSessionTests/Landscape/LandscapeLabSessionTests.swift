import Foundation
import NNCore
import Testing
@testable import NNSession

/// Landscape session files: written by the recorder, read back or refused with `file:line`.
@Suite struct LandscapeLabSessionTests {
    static func path(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-landscape-\(getpid())-\(name)").path
    }

    @Test func aRecordedSessionReadsBackAndReplaysToItsFingerprint() throws {
        let setup = LandscapeLabSetup(function: .rastrigin, methods: [.labDefault(.cmaes), .labDefault(.adam)], seed: 5)
        var state = LandscapeLabState(setup)
        let file = Self.path("ok.session")
        let recorder = try LandscapeLabRecorder(path: file, setup: setup, terminal: LandscapeTerminalSize(width: 80, height: 24))
        let script: [Int: LandscapeLabCommand] = [0: .play, 4: .setStart(x: 2.5, y: -1.25), 9: .setSeed(6), 12: .step]
        while state.sessionStep < 20 {
            if let command = script[state.sessionStep] {
                try recorder.command(LandscapeLabLoggedCommand(step: state.sessionStep, command: command))
                state.apply(command)
            }
            state.step()
        }
        try recorder.finish(steps: state.sessionStep, fingerprint: state.fingerprint)
        let session = try LandscapeLabSessionReader.read(file)
        #expect(session.setup == setup && session.commands.count == 4 && session.end?.steps == 20)
        let replayed = LandscapeLabState.replay(session.setup, log: session.commands, steps: session.end!.steps)
        #expect(replayed.fingerprint == state.fingerprint)
        try? FileManager.default.removeItem(atPath: file)
    }

    @Test(arguments: [
        ("", "x:1: empty file"),
        (#"{"format":"nnplay-session","version":1,"setup":{}}"#, "x:1: not a landscape session"),
        (#"{"format":"nnplay-landscape-session","version":9,"setup":{}}"#, "x:1: format version 9 is not supported"),
        (#"{"format":"nnplay-landscape-session","version":1,"setup":{"function":"moon"}}"#, "x:1: "),
        (#"{"format":"nnplay-landscape-session","version":1,"setup":{"methods":[{"kind":"ga","population":1}]}}"#,
         "the population must be 2 to 10000"),
        ("{\"format\":\"nnplay-landscape-session\",\"version\":1,\"setup\":{}}\n{\"step\":5,\"kind\":\"play\"}\n{\"step\":2,\"kind\":\"pause\"}",
         "x:3: step 2 goes back"),
        ("{\"format\":\"nnplay-landscape-session\",\"version\":1,\"setup\":{}}\n{\"step\":1,\"kind\":\"setStart\",\"x\":1}",
         "x:2: "),
        ("{\"format\":\"nnplay-landscape-session\",\"version\":1,\"setup\":{}}\n{\"end\":3,\"hash\":\"0000000000000000\"}\n{\"step\":4,\"kind\":\"play\"}",
         "x:3: a line after the end line"),
    ])
    func badFilesAreRefusedWithTheirLine(text: String, message: String) {
        do {
            _ = try LandscapeLabSessionReader.decode(text, path: "x")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }
}
