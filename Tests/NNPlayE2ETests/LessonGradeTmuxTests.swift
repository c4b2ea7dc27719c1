import Foundation
import Testing

/// A student records a lesson in a real terminal, answering and meeting a goal; the
/// teacher's `nnplay grade` then verifies the file and counts both.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct LessonGradeTmuxTests {
    static let lesson = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("NNSessionTests/Sessions/Grading/grade-demo.md").path

    @Test func aRecordedLessonGradesWithItsAnswerAndGoal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("student.session").path
        let open = "XDG_STATE_HOME='\(folder.path)' '\(PlaygroundTmuxTests.binary)' lesson '\(Self.lesson)' --record '\(file)'"
        let session = try TmuxSession(open + "; " + PlaygroundTmuxTests.report + "; sleep 60")
        defer { session.kill() }
        #expect(try session.wait { $0.contains("step 1/2") } != nil, "the lesson pane did not appear")
        try session.send("a")
        try session.send("a")  // the wrong choice first, then the right one: the last counts
        #expect(try session.wait { $0.contains("✖") } != nil)
        try session.send("a")
        try session.send("b")
        #expect(try session.wait { $0.contains("✔ right") } != nil)
        try session.send("Space")
        #expect(try session.wait { $0.contains("✔ goal met at epoch") } != nil)
        try session.send("q")
        try PlaygroundTmuxTests.expectRestored(session)

        let grade = Process()
        grade.executableURL = URL(fileURLWithPath: PlaygroundTmuxTests.binary)
        grade.arguments = ["grade", file, "--lessons", Self.lesson, "--json"]
        let output = Pipe()
        grade.standardOutput = output
        try grade.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        grade.waitUntilExit()
        let row = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
        #expect(row["verified"] as? Bool == true, "\(text)")
        #expect(row["lesson"] as? String == "grade-demo")
        let answers = row["answers"] as? [[String: Any]] ?? []
        #expect(answers.map { $0["choice"] as? String } == ["b"])
        #expect(answers.map { $0["correct"] as? Bool } == [true])
        let goals = row["goals_met"] as? [[String: Any]] ?? []
        #expect(goals.map { $0["step"] as? Int } == [1])
    }
}
