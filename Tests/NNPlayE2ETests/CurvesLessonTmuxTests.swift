import Foundation
import Testing

/// A curve lesson in the real curve lab (tmux): the pane opens beside the lab, keys and
/// a click meet step 1's goal, `n` opens step 2, the terminal is restored, the progress
/// is saved and the recording (with its lesson marks) replays.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct CurvesLessonTmuxTests {
    /// An X10 mouse report of a left press and release at (column, row), 0-based.
    static func click(column: Int, row: Int) -> [String] {
        let at = String(UnicodeScalar(UInt8(33 + column))) + String(UnicodeScalar(UInt8(33 + row)))
        return ["\u{1B}[M " + at, "\u{1B}[M#" + at]
    }

    @Test func stepOneIsMetNOpensStepTwoAndTheRecordingReplays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("curves.session").path
        let open = "XDG_STATE_HOME='\(folder.path)' '\(PlaygroundTmuxTests.binary)' lesson curves-degree --record '\(file)'"
        let session = try TmuxSession(open + "; " + PlaygroundTmuxTests.report + "; sleep 60")
        defer { session.kill() }
        #expect(try session.wait { $0.contains("step 1/4") && $0.contains("validation-error < 0.1") } != nil,
                "the lesson pane did not appear")
        try session.send("Right")
        // The degree row is focused: a click on its value raises it once more (1 → 2 → 3).
        let screen = try #require(try session.wait { $0.contains("‹ 2 ›") })
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(rows.firstIndex { $0.contains("‹ 2 ›") })
        for report in Self.click(column: 20, row: row) { try session.send("-l", report) }
        let met = try session.wait { $0.contains("✔ goal met at step 0") }
        #expect(met != nil, "\((try? session.capture()) ?? "")")
        try session.send("n")
        #expect(try session.wait { $0.contains("step 2/4") && $0.contains("train-error < 0.07") } != nil)
        try session.send("q")
        try PlaygroundTmuxTests.expectRestored(session)

        let progress = try String(contentsOfFile: folder.appendingPathComponent("nnplay/lessons/curves-degree.json").path,
                                  encoding: .utf8)
        #expect(progress.contains("\"currentStep\":1") && progress.contains("\"goalMetAtSessionStep\":0"))
        let recording = try String(contentsOfFile: file, encoding: .utf8)
        #expect(recording.contains("\"label\":\"lesson curves-degree step 2/4: Fitting the noise\""))
        let replay = Process()
        replay.executableURL = URL(fileURLWithPath: PlaygroundTmuxTests.binary)
        replay.arguments = ["replay", file, "--headless", "--json"]
        let output = Pipe()
        replay.standardOutput = output
        try replay.run()
        let json = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        replay.waitUntilExit()
        #expect(replay.terminationStatus == 0 && json.contains("\"complete\":true"), "\(json)")
    }
}
