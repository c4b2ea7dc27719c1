import Foundation
import NNCore
import NNSession
import Testing

/// `nnplay replay --headless --frames/--cast`: the frames are the committed goldens,
/// the cast is an asciicast v2 file, and misuse is refused with one line.
@Suite struct ReplayOutputTests {
    private static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    private let session = tests.appendingPathComponent("NNSessionTests/Sessions/xor-small.session").path

    @Test func framesAreTheGoldenFrames() throws {
        let folder = try TemporaryFolder()
        let out = folder.path("frames.txt")
        let result = try CLIRunner.run(["replay", session, "--headless", "--frames", out])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: Self.tests.appendingPathComponent("NNTUITests/Golden/replay-xor-small.txt"),
                                encoding: .utf8)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == golden)
    }

    @Test func theCastIsAsciicastV2AtTheRecordingsPace() throws {
        let folder = try TemporaryFolder()
        let out = folder.path("replay.cast")
        let result = try CLIRunner.run(["replay", session, "--headless", "--cast", out, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        let header = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 80 && header["height"] as? Int == 24)
        var times: [Double] = []
        var resizes: [String] = []
        for line in lines.dropFirst() {
            let event = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            let time = try #require(event[0] as? Double)
            times.append(time)
            if event[1] as? String == "r" { resizes.append(try #require(event[2] as? String)) }
            #expect(["o", "r"].contains(event[1] as? String))
        }
        #expect(times == times.sorted())
        #expect(resizes == ["100x30"])
        // The recording lasted 5.896 s; the last frame is held a second longer.
        #expect(times.last == 6.896)
        #expect(times.count > 20)
    }

    @Test func outputsNeedHeadless() throws {
        let result = try CLIRunner.run(["replay", session, "--frames", "x.txt"])
        #expect(result.status == 64)
        #expect(result.stderrLines == ["nnplay: error: --frames, --cast and --json need --headless"])
    }

    @Test func anUnwritableOutputIsAFileError() throws {
        let result = try CLIRunner.run(["replay", session, "--headless", "--frames", "/no/such/folder/f.txt"])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("/no/such/folder/f.txt: cannot be created"))
    }

    @Test func withoutATerminalTheInteractiveReplayPointsToHeadless() throws {
        let result = try CLIRunner.run(["replay", session])
        #expect(result.status == 69)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("--headless"))
    }
}
