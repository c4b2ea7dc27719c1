import NNCore
import NNSession
import Testing

/// The step and answer markers a lesson recording carries read back as written.
@Suite struct LessonMarksTests {
    static func session(step: Int) throws -> LessonSession {
        let lesson = try LessonParser.read(SessionFixtures.folder.appendingPathComponent("Grading/grade-demo.md").path)
        var progress = LessonProgress(lesson: lesson)
        progress.currentStep = step
        return LessonSession(lesson: lesson, progress: progress)
    }

    @Test func anAnswerMarkerReadsBackAsItsStepAndChoice() throws {
        let session = try Self.session(step: 1)
        let label = LessonMarks.answer(session, choice: 2)
        #expect(label == "answer step 2/\(session.stepCount): c")
        #expect(LessonMarks.answer(in: label) == LessonMarks.Answer(stepIndex: 1, choice: 2))
        #expect(LessonMarks.stepNumber(in: LessonMarks.step(session)) == 2)
    }

    @Test func otherLabelsAreNotAnswers() {
        for label in ["lesson 1, page 1", "lesson x step 2/4: a", "answer step 0/4: a", "answer step 2/4: ab",
                      "answer step 2/4: 1", "answer step two: a", "answer"] {
            #expect(LessonMarks.answer(in: label) == nil, "\(label)")
        }
    }
}
