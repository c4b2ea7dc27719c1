import Foundation
import NNCore
import NNSession
import Testing
@testable import NNTUI

/// Every lab's recording replays in the terminal (`LabReplayApp` on a `ScriptedBackend`)
/// to the live state's fingerprint, stops at a tampered end line with the desync on the
/// bottom row, and writes a cast whose screens are the `--frames` frames.
@MainActor
@Suite struct LabReplayTests {
    /// Replays `playback` at top speed on a 100×30 terminal until it has long finished.
    func replay<P: LabPlayback>(_ playback: P) -> (LabReplayApp<P>.Outcome, ScriptedBackend) {
        let backend = ScriptedBackend(size: Size(width: 100, height: 30), script: [.init(at: .seconds(3600), .quit)])
        let outcome = LabReplayApp(playback: playback, options: ReplayOptions(speed: 256)).run(on: backend)
        return (outcome, backend)
    }

    /// The playback at the end of an interactive replay that was not expected to fail.
    func finished<P: LabPlayback>(_ playback: P) throws -> P {
        let (outcome, backend) = replay(playback)
        guard case .quit(let end) = outcome else {
            Issue.record("no desync expected: \(outcome)")
            throw CancellationError()
        }
        #expect(end.isFinished && end.checkpointsVerified >= 1)
        let last = try #require(backend.frames.last)
        #expect(last.text.split(separator: "\n").last?.contains("■ replay finished") == true, "the bar on the bottom row")
        return end
    }

    /// A tampered copy stops at its end line, with the message on the bottom row.
    func stopsAtTheTamperedLine<P: LabPlayback>(_ make: (String) throws -> P, path: String) throws {
        let (tampered, line) = try LabRecordings.tampered(path)
        let (outcome, backend) = replay(try make(tampered))
        guard case .desync(let error) = outcome else {
            Issue.record("a desync expected")
            return
        }
        #expect(error.description.hasPrefix("\(tampered):\(line): desync at step "), "\(error.description)")
        let bottom = try #require(backend.frames.last?.text.split(separator: "\n", omittingEmptySubsequences: false).last)
        #expect(bottom.contains("✖ desync at step"), "\(bottom)")
    }

    @Test func playground() throws {
        let path = ReplayGoldenTests.sessions.appendingPathComponent("xor-small.session").path
        let session = try SessionReader.read(path)
        let end = try finished(try PlaygroundPlayback(session: session, path: path))
        guard case .end(_, let hash) = try #require(session.entries.last).event else {
            Issue.record("the fixture ends with its end line")
            return
        }
        #expect(ParameterHash(parameters: end.playback.state.trainer.network.parameters) == hash)
        try stopsAtTheTamperedLine({ try PlaygroundPlayback(session: try SessionReader.read($0), path: $0) }, path: path)
    }

    @Test func landscape() throws {
        let (path, final) = try LabRecordings.landscape()
        let session = try LandscapeLabSessionReader.read(path)
        #expect(session.resizes == [LabSessionLine.Resize(step: 12, width: 100, height: 32)])
        #expect(session.times.count == session.commands.count + 2, "every line after the header has a time")
        #expect(try finished(LandscapePlayback(session: session, path: path)).state.fingerprint == final)
        try stopsAtTheTamperedLine({ LandscapePlayback(session: try LandscapeLabSessionReader.read($0), path: $0) }, path: path)
    }

    @Test func race() throws {
        let (path, final) = try LabRecordings.race()
        let end = try finished(try RacePlayback(session: try RaceSessionReader.read(path), path: path))
        #expect(RaceSession.End(end.race).end == final)
        try stopsAtTheTamperedLine({ try RacePlayback(session: try RaceSessionReader.read($0), path: $0) }, path: path)
    }

    @Test func curves() throws {
        let (path, final) = try LabRecordings.curves()
        #expect(try finished(CurvesPlayback(session: try CurveSession.read(path), path: path)).lab.stateHash == final)
        try stopsAtTheTamperedLine({ CurvesPlayback(session: try CurveSession.read($0), path: $0) }, path: path)
    }

    @Test func digits() throws {
        let (path, final) = try LabRecordings.digits()
        let end = try finished(try DigitsPlayback(session: try SessionReader.read(path), path: path))
        #expect(ParameterHash(parameters: end.playback.state.trainer.network.parameters) == final)
        let frame = try #require(replay(try DigitsPlayback(session: try SessionReader.read(path), path: path)).1.frames.last)
        #expect(frame.text.contains("nnplay digits"), "the lab's own screen")
        try stopsAtTheTamperedLine({ try DigitsPlayback(session: try SessionReader.read($0), path: $0) }, path: path)
    }

    @Test func theCastShowsTheFramesOfEveryLab() throws {
        try castMatchesFrames(LandscapePlayback(session: try LandscapeLabSessionReader.read(LabRecordings.landscape().path),
                                                path: "landscape.session"), resized: true)
        let race = try LabRecordings.race().path
        try castMatchesFrames(try RacePlayback(session: try RaceSessionReader.read(race), path: race), resized: true)
        let curves = try LabRecordings.curves().path
        try castMatchesFrames(CurvesPlayback(session: try CurveSession.read(curves), path: curves), resized: false)
        let digits = try LabRecordings.digits().path
        try castMatchesFrames(try DigitsPlayback(session: try SessionReader.read(digits), path: digits), resized: false)
    }

    /// Writes `--frames` and `--cast` for `playback`; the cast is asciicast v2 (a header,
    /// then `[time, "o"|"r", text]` with times that never go back), and playing it on a
    /// screen shows every frame the frames file holds after a command, and its last frame.
    func castMatchesFrames<P: LabPlayback>(_ playback: P, resized: Bool) throws {
        let framesPath = LabRecordings.path("frames.txt"), castPath = LabRecordings.path("replay.cast")
        let writer = LabHeadlessReplay(frames: try TextFileAppender(path: framesPath), cast: try TextFileAppender(path: castPath),
                                       title: "test")
        _ = try writer.run(playback)
        let frames = try String(contentsOfFile: framesPath, encoding: .utf8).components(separatedBy: "=== step ").dropFirst()
        let lines = try String(contentsOfFile: castPath, encoding: .utf8).split(separator: "\n")
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        var screen = CastScreen(width: try #require(header["width"] as? Int), height: try #require(header["height"] as? Int))
        var shown: Set<String> = []
        var last = 0.0
        var resizes = 0
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            let time = try #require(event[0] as? Double), kind = try #require(event[1] as? String)
            let text = try #require(event[2] as? String)
            #expect(time >= last)
            last = time
            if kind == "r" {
                resizes += 1
                let size = text.split(separator: "x").compactMap { Int($0) }
                screen = CastScreen(width: size[0], height: size[1])
            } else {
                screen.write(text)
                shown.insert(screen.text)
            }
        }
        #expect((resizes > 0) == resized)
        // Each frame's text after its separator line.
        func body(_ frame: String) -> String {
            frame.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).last.map(String.init) ?? ""
        }
        let commandFrames = frames.filter { !$0.contains(": end") && !$0.contains("end of replay") && !$0.contains("resize") }
        #expect(!commandFrames.isEmpty)
        for frame in commandFrames {
            #expect(shown.contains(body(frame).trimmingCharacters(in: .newlines)), "the cast shows the frame after \(frame.prefix(40))")
        }
        #expect(screen.text == body(frames.last ?? "").trimmingCharacters(in: .newlines), "the cast ends on the last frame")
    }
}
