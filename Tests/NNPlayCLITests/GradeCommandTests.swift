import Foundation
import Testing

/// `nnplay grade` on sessions recorded with the real binary in a two-step lesson
/// (`Tests/NNSessionTests/Sessions/Grading`): the verified one is counted with its
/// goals and answers; an edited, a truncated and another lesson version's are marked.
@Suite struct GradeCommandTests {
    static let fixtures = CLIRunner.packageRoot.appendingPathComponent("Tests/NNSessionTests/Sessions/Grading")
    static let lesson = fixtures.appendingPathComponent("grade-demo.md").path

    /// A folder with the verified session and three that must not verify.
    func submissions() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let verified = try String(contentsOf: Self.fixtures.appendingPathComponent("verified.session"), encoding: .utf8)
        try folder.write("a-verified.session", verified)
        // A student raising the learning rate of step 2 by hand: training differs.
        let edited = verified.replacingOccurrences(of: #""learningRate":0.1,"#, with: #""learningRate":0.2,"#)
        #expect(edited != verified)
        try folder.write("b-edited.session", edited)
        // Cut off before the end line.
        let lines = verified.split(separator: "\n")
        try folder.write("c-truncated.session", lines.dropLast().joined(separator: "\n") + "\n")
        try folder.write("d-other-version.session",
                         try String(contentsOf: Self.fixtures.appendingPathComponent("other-version.session"), encoding: .utf8))
        try folder.write("notes.txt", "not a session\n")
        return folder
    }

    @Test func onlyTheVerifiedSessionIsCountedAndEveryOtherIsMarked() throws {
        let folder = try submissions()
        let result = try CLIRunner.run(["grade", folder.url.path, "--lessons", Self.lesson, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try result.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(rows.map { ($0["file"] as? String).map { ($0 as NSString).lastPathComponent } } ==
                ["a-verified.session", "b-edited.session", "c-truncated.session", "d-other-version.session"])
        #expect(rows.map { $0["verified"] as? Bool } == [true, false, false, false])
        #expect(rows.map { $0["lesson"] as? String } == Array(repeating: "grade-demo", count: 4))
        let problems = rows.map { $0["problem"] as? String ?? "" }
        #expect(problems[1].contains("desync at step"))
        #expect(problems[2] == "truncated: no end line")
        #expect(problems[3].hasPrefix("another lesson version"))
        // The verified session: both goals met, step 1 answered right (b), step 2 wrong (b).
        let goals = try #require(rows[0]["goals_met"] as? [[String: Any]])
        #expect(goals.map { $0["step"] as? Int } == [1, 2])
        #expect(goals.allSatisfy { ($0["epoch"] as? Int ?? 0) > 0 && ($0["epoch"] as? Int ?? 99) <= 30 })
        let answers = try #require(rows[0]["answers"] as? [[String: Any]])
        #expect(answers.map { $0["choice"] as? String } == ["b", "b"])
        #expect(answers.map { $0["correct"] as? Bool } == [true, false])
        #expect((rows[0]["seconds"] as? Double ?? 0) > 1)
        // Marked sessions are not counted.
        for row in rows.dropFirst() {
            #expect((row["goals_met"] as? [Any])?.isEmpty == true)
            #expect((row["answers"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func theOutputIsTheSameWhateverTheNumberOfJobs() throws {
        let folder = try submissions()
        let one = try CLIRunner.run(["grade", folder.url.path, "--lessons", Self.lesson, "--csv", "--jobs", "1"])
        let four = try CLIRunner.run(["grade", folder.url.path, "--lessons", Self.lesson, "--csv", "--jobs", "4"])
        #expect(one.status == 0)
        #expect(one.stdout == four.stdout)
        let lines = one.stdout.split(separator: "\n")
        #expect(lines.first == "file,lesson,content hash,goals met,answers,time,verified")
        #expect(lines.count == 5)
        #expect(lines[1].hasSuffix(#",grade-demo,a95a508fd49e9ea1,"2/2: 1 @e5, 2 @e2","1:b ok, 2:b wrong",0:12,yes"#))
    }

    @Test func theMarkdownTableCountsVerifiedSessions() throws {
        let folder = try submissions()
        let result = try CLIRunner.run(["grade", folder.url.path, "--lessons", Self.lesson])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "| file | lesson | content hash | goals met | answers | time | verified |")
        #expect(lines.count == 7)
        #expect(lines[3].contains("| - | - |"))
        #expect(lines.last == "1 of 4 sessions verified; the others are not counted.")
    }

    @Test func aSessionOfAShippedLessonIsGradedAgainstTheShippedLesson() throws {
        // Recorded in grade-demo, which is not shipped: without --lessons it is unknown.
        let result = try CLIRunner.run(["grade", Self.fixtures.appendingPathComponent("verified.session").path, "--csv"])
        #expect(result.stdout.contains(",no: unknown lesson"))
    }

    @Test func noSessionFilesIsAnError() throws {
        let empty = try TemporaryFolder()
        let result = try CLIRunner.run(["grade", empty.url.path])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["nnplay: error: \(empty.url.path): no session files (*.session)"])
    }
}
