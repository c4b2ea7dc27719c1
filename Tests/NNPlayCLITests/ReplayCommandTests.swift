import Foundation
import NNCore
import NNSession
import Testing

/// `nnplay replay FILE --headless`: replays, verifies, reports; one-line errors with
/// exit 1 for bad files and 2 for a desync.
@Suite struct ReplayCommandTests {
    /// A short recorded session (play, a new learning rate, checkpoints, end) in `folder`.
    private func record(in folder: TemporaryFolder, steps: Int = 2500) throws -> (path: String, state: PlaygroundState) {
        let path = folder.path("run.session")
        var state = try PlaygroundState(config: TrainingConfig())
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: state), checkpointInterval: 1000)
        try recorder.record(LoggedCommand(step: 0, command: .play))
        state.apply(.play)
        var config = state.config
        config.optimizer.learningRate = 0.1
        while state.sessionStep < steps {
            state.step()
            try recorder.checkpointIfDue(state: state)
            if state.sessionStep == 700 {
                try recorder.record(LoggedCommand(step: 700, command: .configure(config)))
                state.apply(.configure(config))
            }
        }
        try recorder.finish(state: state)
        return (path, state)
    }

    @Test func headlessJSONReportsTheReplay() throws {
        let folder = try TemporaryFolder()
        let (path, state) = try record(in: folder)
        let result = try CLIRunner.run(["replay", path, "--headless", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["steps"] as? Int == 2500)
        #expect(json["checkpoints_verified"] as? Int == 3)
        #expect(json["complete"] as? Bool == true)
        #expect(json["diverged"] as? Bool == false)
        #expect(json["final_hash"] as? String == ParameterHash(parameters: state.trainer.network.parameters).description)
        let metrics = state.metrics()
        // (JSONSerialization may read the last digit differently; the hash above is exact.)
        #expect(abs(try #require(json["train_loss"] as? Double) - metrics.train.loss) < 1e-12)
        #expect(abs(try #require(json["test_accuracy"] as? Double) - (metrics.test?.accuracy ?? .nan)) < 1e-12)
        for key in ["test_loss", "train_accuracy", "diverged_at_step", "seconds", "commands", "events"] {
            #expect(json.keys.contains(key), "missing \(key)")
        }
    }

    @Test func headlessTextSaysWhatWasVerified() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try record(in: folder, steps: 1200)
        let result = try CLIRunner.run(["replay", path, "--headless"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("replayed 1200 steps"))
        #expect(result.stdout.contains("verified 2 checkpoints"))
    }

    @Test func aDesyncExitsWith2() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try record(in: folder, steps: 1200)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("\"checkpoint\"") })
        lines[index] = "{\"hash\":\"0123456789abcdef\",\"kind\":\"checkpoint\",\"step\":1000}"
        try folder.write("run.session", lines.joined(separator: "\n") + "\n")
        let result = try CLIRunner.run(["replay", path, "--headless", "--json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("nnplay: error: \(path):\(index + 1): desync at step 1000: "))
    }

    /// `--frames` and `--cast` are renamed into place only after a verified replay: a
    /// desync leaves no partial file and keeps the files that were there.
    @Test func aDesyncLeavesTheOutputFilesAsTheyWere() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try record(in: folder, steps: 1200)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("\"checkpoint\"") })
        lines[index] = "{\"hash\":\"0123456789abcdef\",\"kind\":\"checkpoint\",\"step\":1000}"
        try folder.write("run.session", lines.joined(separator: "\n") + "\n")
        let cast = try folder.write("old.cast", "an earlier cast\n")
        let frames = folder.path("new-frames.txt")
        let result = try CLIRunner.run(["replay", path, "--headless", "--frames", frames, "--cast", cast])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(try String(contentsOfFile: cast, encoding: .utf8) == "an earlier cast\n")
        #expect(folder.contents().sorted() == ["old.cast", "run.session"])
        let good = try record(in: folder, steps: 100)
        #expect(try CLIRunner.run(["replay", good.path, "--headless", "--frames", frames, "--cast", cast]).status == 0)
        #expect(try String(contentsOfFile: cast, encoding: .utf8).contains("\"version\""))
        #expect(folder.contents().sorted() == ["new-frames.txt", "old.cast", "run.session"])
    }

    @Test func aBadFileExitsWith1WithItsLine() throws {
        let folder = try TemporaryFolder()
        let (path, _) = try record(in: folder, steps: 100)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try folder.write("run.session", text + "{\"kind\":\"pause\",\"step\":3}\n")
        let result = try CLIRunner.run(["replay", path, "--headless"])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["nnplay: error: \(path):4: an event after the end of the session"])
    }
}
