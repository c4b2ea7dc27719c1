import Foundation
import NNCore
import NNSession
import Testing

/// `nnplay replay FILE --headless` on a race session: verified bit for bit, each
/// variant reported, frames written; a session that computes otherwise is a desync.
@Suite struct RaceReplayCommandTests {
    /// A race session as the screen records it: the race driven step by step, its
    /// commands logged at their steps, the final snapshot's hashes on the end line.
    static func recording() throws -> (text: String, race: RaceState) {
        var base = TrainingConfig()
        base.dataset.kind = .circle
        base.hiddenLayers = [4]
        var sgd = base, adam = base
        sgd.optimizer = OptimizerConfig(kind: .sgd, learningRate: 0.1)
        adam.optimizer = OptimizerConfig(kind: .adam, learningRate: 0.01)
        var race = try RaceState(variants: [("sgd", sgd), ("adam", adam)])
        let start = race
        var log: [Logged<RaceLabCommand>] = []
        func send(_ command: RaceLabCommand, then steps: Int) {
            log.append(Logged(step: race.sessionStep, command: command))
            race.apply(command)
            for _ in 0..<steps { race.step() }
        }
        var faster = adam
        faster.optimizer.learningRate = 0.03
        send(.all(.play), then: 120)
        send(.add(copyOf: 0, name: "copy"), then: 30)
        send(.variant(id: 1, .configure(faster)), then: 50)
        var painters: [Int: PicturePainter] = [:]
        let header = RaceSession.Header(race: start, terminal: SessionTerminal(width: 120, height: 40))
        let text = try RaceSession.text(header: header, log: log, final: RaceSnapshot.headless(race, painters: &painters))
        return (text, race)
    }

    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("race-\(UUID().uuidString).session").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aRaceSessionReplaysAndReportsEachVariant() throws {
        let (text, race) = try Self.recording()
        let path = try Self.file(text)
        let frames = path + ".frames.txt"
        defer { try? FileManager.default.removeItem(atPath: path); try? FileManager.default.removeItem(atPath: frames) }
        let result = try CLIRunner.run(["replay", path, "--headless", "--json", "--frames", frames])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["steps"] as? Int == race.sessionStep && json["complete"] as? Bool == true)
        let variants = try #require(json["variants"] as? [[String: Any]])
        #expect(variants.map { $0["name"] as? String } == ["sgd", "adam", "copy"])
        #expect(variants.map { $0["final_hash"] as? String }
                == race.entrants.map { ParameterHash(parameters: $0.playground.trainer.network.parameters).description })
        let drawn = try String(contentsOfFile: frames, encoding: .utf8)
        // Three commands, the end line, and the end of the replay.
        #expect(drawn.components(separatedBy: "=== step ").count - 1 == 5)
        #expect(drawn.contains("line 5: end ===") && drawn.contains("end of replay ==="))
        #expect(drawn.contains("race · 3 variants"))
    }

    @Test func aTamperedRaceSessionIsADesync() throws {
        let (text, _) = try Self.recording()
        let tampered = text.replacingOccurrences(of: "\"learningRate\":0.03", with: "\"learningRate\":0.031")
        #expect(tampered != text)
        let path = try Self.file(tampered)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["replay", path, "--headless"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("desync at step 200"), "\(result.stderr)")
        #expect(result.stderr.contains("\(path):5:"), "\(result.stderr)")
    }

    @Test func withoutATerminalARacePointsToHeadless() throws {
        let (text, _) = try Self.recording()
        let path = try Self.file(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLIRunner.run(["replay", path])
        #expect(result.status == 69)
        #expect(result.stderr.contains("'nnplay replay \(path) --headless' replays without one"), "\(result.stderr)")
    }
}
