import Foundation
import NNCore
import NNSession
import Testing

/// `SessionGrader` on the committed lesson sessions in `Sessions/Grading` (recorded
/// with the real binary): what a verified session carries, and why others do not.
@Suite struct SessionGraderTests {
    static let folder = SessionFixtures.folder.appendingPathComponent("Grading")
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    static func grader() throws -> SessionGrader {
        let lesson = try LessonParser.read(path("grade-demo.md"))
        return SessionGrader(lessons: [lesson.id: lesson])
    }

    @Test func aVerifiedSessionCarriesItsGoalsAnswersAndTime() throws {
        let grade = try Self.grader().grade(Self.path("verified.session"))
        #expect(grade.problem == nil)
        #expect(grade.lesson?.id == "grade-demo")
        #expect(grade.lessonSteps == 2)
        #expect(grade.goalsMet.map(\.step) == [1, 2])
        #expect(grade.goalsMet.allSatisfy { $0.goal == "test-loss < 0.1 within 30 epochs" && $0.epoch <= 30 })
        #expect(grade.answers == [SessionGrade.Answer(step: 1, choice: "b", isCorrect: true),
                                  SessionGrade.Answer(step: 2, choice: "b", isCorrect: false)])
        #expect((grade.seconds ?? 0) > 1)
    }

    @Test func aSessionIsOnlyGradedAgainstTheLessonVersionItWasRecordedIn() throws {
        let grade = try Self.grader().grade(Self.path("other-version.session"))
        let v1 = try LessonParser.read(Self.path("grade-demo.md"))
        #expect(grade.problem == .otherLessonVersion(lessonHash: v1.contentHash))
        #expect(grade.goalsMet.isEmpty && grade.answers.isEmpty)
        let v2 = try LessonParser.read(Self.path("grade-demo-v2.md"))
        #expect(v2.contentHash != v1.contentHash)
        #expect(SessionGrader(lessons: [v2.id: v2]).grade(Self.path("other-version.session")).problem == nil)
    }

    @Test func sessionsOutsideALessonOrOfAnUnknownOneAreMarked() throws {
        let grader = try Self.grader()
        #expect(grader.grade(SessionFixtures.folder.appendingPathComponent("xor-small.session").path).problem == .notALesson)
        #expect(SessionGrader(lessons: [:]).grade(Self.path("verified.session")).problem == .unknownLesson)
        guard case .unreadable(let message) = grader.grade(Self.path("grade-demo.md")).problem else {
            Issue.record("a lesson file is not a session")
            return
        }
        #expect(message.hasPrefix(Self.path("grade-demo.md") + ":1: "))
    }
}
