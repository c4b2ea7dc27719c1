import Foundation
import NNCore
import NNSession
import Testing

/// `nnplay digits` needs a terminal; a recorded digits-lab session replays headless
/// through `nnplay replay`, verified, with the lab's screen in its frames.
@Suite struct DigitsLabCommandTests {
    @Test func theLabNeedsATerminalAndTheDigits() throws {
        let noTerminal = try CLIRunner.run(["digits"])
        #expect(noTerminal.status == 69 && noTerminal.stderr.contains("terminal"))
        let otherData = try CLIRunner.run(["digits", "--dataset", "iris"])
        #expect(otherData.status == 64 && otherData.stderr.contains("leave out --dataset and --data"))
    }

    @Test func aDigitsSessionReplaysHeadlessWithTheLabsFrames() throws {
        let folder = try TemporaryFolder()
        let session = folder.path("d.session"), frames = folder.path("frames.txt")
        let file = CLIRunner.packageRoot.appendingPathComponent("datasets/digits.csv").path
        var config = DigitsDataset.defaultConfig
        config.hiddenLayers = [8]
        var lab = try DigitsLabState(config: config, digits: try DigitsDataset(text: try TextFile.read(file), path: file).dataset)
        let recorder = try SessionRecorder(path: session, header: SessionHeader(digitsLab: lab,
                                                                                terminal: SessionTerminal(width: 80, height: 24)))
        try recorder.record(LoggedCommand(step: 0, command: .play))
        while lab.sessionStep < 70 { lab.step() }
        try recorder.finish(state: lab.playground)
        let replay = try CLIRunner.run(["replay", session, "--headless", "--frames", frames, "--json"])
        #expect(replay.status == 0, "\(replay.stderr)")
        let report = try replay.json()
        #expect(report["steps"] as? Int == 70)
        let text = try String(contentsOfFile: frames, encoding: .utf8)
        #expect(text.contains("nnplay digits") && text.contains("confusion: true ↓ predicted →"))
        let cast = try CLIRunner.run(["replay", session, "--headless", "--cast", folder.path("d.cast")])
        #expect(cast.status == 0, "\(cast.stderr)")
        let castText = try String(contentsOfFile: folder.path("d.cast"), encoding: .utf8)
        #expect(castText.hasPrefix("{") && castText.contains(",\"o\","), "an asciicast with output events")
    }
}
