import Foundation
import NNSession

/// The rows `nnplay grade` prints, one per session, in three forms: a Markdown
/// table (with a line counting verified sessions), CSV and JSON lines. A session
/// that did not verify shows its reason and no goals or answers.
struct GradeTable {
    var grades: [SessionGrade]

    static let columns = ["file", "lesson", "content hash", "goals met", "answers", "time", "verified"]

    /// The cells of one row, as text (shared by Markdown and CSV).
    static func cells(_ grade: SessionGrade) -> [String] {
        [grade.file, grade.lesson?.id ?? "-", grade.lesson?.contentHash ?? "-",
         grade.isVerified ? goalsText(grade) : "-",
         grade.isVerified ? answersText(grade) : "-",
         grade.seconds.map(duration) ?? "-",
         grade.problem.map { "no: \($0)" } ?? "yes"]
    }

    /// `2/4: 1 @e37, 3 @e120`: how many steps' goals were met, of how many, then each
    /// step with the epoch it was met at.
    static func goalsText(_ grade: SessionGrade) -> String {
        let of = grade.lessonSteps.map { "/\($0)" } ?? ""
        let each = grade.goalsMet.map { "\($0.step) @e\($0.epoch)" }.joined(separator: ", ")
        return "\(grade.goalsMet.count)\(of)" + (each.isEmpty ? "" : ": \(each)")
    }

    /// `1:b ok, 2:a wrong` (a step whose question has no such choice: `3:c ?`).
    static func answersText(_ grade: SessionGrade) -> String {
        guard !grade.answers.isEmpty else { return "none" }
        return grade.answers.map { answer in
            let verdict = answer.isCorrect.map { $0 ? "ok" : "wrong" } ?? "?"
            return "\(answer.step):\(answer.choice) \(verdict)"
        }.joined(separator: ", ")
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    func markdown() -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: " | ") + " |\n"
        }
        var text = row(Self.columns) + row(Self.columns.map { _ in "---" })
        for grade in grades { text += row(Self.cells(grade)) }
        let verified = grades.filter(\.isVerified).count
        text += "\n\(verified) of \(grades.count) session\(grades.count == 1 ? "" : "s") verified"
            + (verified < grades.count ? "; the others are not counted" : "") + ".\n"
        return text
    }

    func csv() -> String {
        func field(_ text: String) -> String {
            let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var text = Self.columns.map(field).joined(separator: ",") + "\n"
        for grade in grades { text += Self.cells(grade).map(field).joined(separator: ",") + "\n" }
        return text
    }

    /// One JSON object per session, keys sorted:
    /// `{"answers":[{"choice":"b","correct":true,"step":1}],"content_hash":"…","file":"…",
    /// "goals_met":[{"epoch":37,"goal":"…","session_step":925,"step":1}],"lesson":"…",
    /// "lesson_steps":4,"problem":null,"seconds":61.2,"verified":true}`.
    func jsonLines() -> String {
        grades.map { JSONLine.encode(Row($0)) + "\n" }.joined()
    }

    /// A session as JSON (every key always present; null where it does not apply).
    private struct Row: Encodable {
        var grade: SessionGrade
        init(_ grade: SessionGrade) { self.grade = grade }

        private enum Keys: String, CodingKey {
            case file, lesson, contentHash = "content_hash", lessonSteps = "lesson_steps", goalsMet = "goals_met"
            case answers, seconds, verified, problem
            case step, goal, epoch, sessionStep = "session_step", choice, correct
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(grade.file, forKey: .file)
            try c.encode(grade.lesson?.id, forKey: .lesson)
            try c.encode(grade.lesson?.contentHash, forKey: .contentHash)
            try c.encode(grade.lessonSteps, forKey: .lessonSteps)
            try c.encode(grade.seconds.map { ($0 * 1000).rounded() / 1000 }, forKey: .seconds)
            try c.encode(grade.isVerified, forKey: .verified)
            try c.encode(grade.problem?.description, forKey: .problem)
            var goals = c.nestedUnkeyedContainer(forKey: .goalsMet)
            for goal in grade.goalsMet {
                var g = goals.nestedContainer(keyedBy: Keys.self)
                try g.encode(goal.step, forKey: .step)
                try g.encode(goal.goal, forKey: .goal)
                try g.encode(goal.epoch, forKey: .epoch)
                try g.encode(goal.sessionStep, forKey: .sessionStep)
            }
            var answers = c.nestedUnkeyedContainer(forKey: .answers)
            for answer in grade.answers {
                var a = answers.nestedContainer(keyedBy: Keys.self)
                try a.encode(answer.step, forKey: .step)
                try a.encode(String(answer.choice), forKey: .choice)
                try a.encode(answer.isCorrect, forKey: .correct)
            }
        }
    }
}
