import NNCore

/// Grades recorded lesson sessions one at a time (`SessionGrade`), against the
/// lessons it knows by id. Each session is read, checked against its lesson's
/// content hash and replayed headless (`SessionReplayer`, every checkpoint
/// compared); sessions are independent, so callers may grade many at once.
package struct SessionGrader: Sendable {
    /// The lessons sessions are graded against, by id.
    package var lessons: [String: Lesson]

    package init(lessons: [String: Lesson]) {
        self.lessons = lessons
    }

    /// The grade of the session in `file`.
    package func grade(_ file: String) -> SessionGrade {
        var grade = SessionGrade(file: file, goalsMet: [], answers: [])
        let session: Session
        do {
            session = try SessionReader.read(file)
        } catch {
            grade.problem = .unreadable(error.description)
            return grade
        }
        grade.lesson = session.header.lesson
        grade.seconds = session.entries.compactMap(\.time).max() ?? 0
        guard let recorded = session.header.lesson else {
            grade.problem = .notALesson
            return grade
        }
        guard let lesson = lessons[recorded.id] else {
            grade.problem = .unknownLesson
            return grade
        }
        grade.lessonSteps = lesson.steps.count
        guard lesson.contentHash == recorded.contentHash else {
            grade.problem = .otherLessonVersion(lessonHash: lesson.contentHash)
            return grade
        }
        let replay: SessionReplay
        do {
            replay = try SessionReplayer(session: session, path: file).run()
        } catch {
            switch error {
            case .desync(let error): grade.problem = .desync(error.description)
            case .invalid(let error): grade.problem = .unreadable(error.description)
            }
            return grade
        }
        guard replay.isComplete else {
            grade.problem = .truncated
            return grade
        }
        grade.goalsMet = Self.goalsMet(replay.goals, stepCount: lesson.steps.count)
        grade.answers = Self.answers(session, lesson: lesson)
        return grade
    }

    /// The first time each lesson step's goal was met (a step started again is
    /// watched again), in step order.
    static func goalsMet(_ goals: [SessionPlayback.GoalRecord], stepCount: Int) -> [SessionGrade.GoalMet] {
        var byStep: [Int: SessionGrade.GoalMet] = [:]
        for record in goals {
            guard let met = record.met, let step = record.label.flatMap(LessonMarks.stepNumber(in:)),
                  (1...max(1, stepCount)).contains(step) else { continue }
            if let earlier = byStep[step], earlier.sessionStep <= met.sessionStep { continue }
            byStep[step] = SessionGrade.GoalMet(step: step, goal: record.goal, sessionStep: met.sessionStep,
                                                epoch: met.epoch)
        }
        return byStep.keys.sorted().compactMap { byStep[$0] }
    }

    /// The last answer recorded at each lesson step, in step order, marked correct or
    /// not against the lesson's question.
    static func answers(_ session: Session, lesson: Lesson) -> [SessionGrade.Answer] {
        var byStep: [Int: Int] = [:]
        for entry in session.entries {
            guard case .marker(_, let label) = entry.event, let answer = LessonMarks.answer(in: label),
                  lesson.steps.indices.contains(answer.stepIndex) else { continue }
            byStep[answer.stepIndex] = answer.choice
        }
        return byStep.keys.sorted().map { index in
            let choice = byStep[index] ?? 0
            let choices = lesson.steps[index].question?.choices ?? []
            return SessionGrade.Answer(step: index + 1, choice: LessonQuestion.key(for: choice),
                                       isCorrect: choices.indices.contains(choice) ? choices[choice].isCorrect : nil)
        }
    }
}
