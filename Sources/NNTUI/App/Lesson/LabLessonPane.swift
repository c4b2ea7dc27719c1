import NNSession

/// The part of a lab's lesson mode that every lab shares: the student's place in the
/// lesson (`LessonSession`), what the pane shows and how far its text is scrolled, the
/// shared lesson keys (`LessonKeys`), the note of a goal met and the pane's model.
///
/// A lab's own lesson mode holds one beside what is its own (each step's setup, the
/// goal in its vocabulary, the goal's figures as its engine published them):
/// `LandscapeLessonMode`, `RaceLessonMode`. A pure value; the lab's run loop keeps the
/// progress saved and the recording marked with a `LabLessonKeeper`.
package struct LabLessonPane: Equatable, Sendable {
    package var session: LessonSession
    package var panel = LessonMode.Panel.step
    /// Rows of the step's text scrolled past (`j`/`k`).
    package var scroll = 0

    package init(session: LessonSession) {
        self.session = session
    }

    /// `step 2/4: Momentum`, the note on entering a step.
    package var stepNote: String { "\(session.positionText): \(session.step.title)" }

    /// The note when the lesson opens: the step, and where the keys are listed.
    package var openingNote: String { stepNote + "   (? lists every key)" }

    /// Handles `event` if it is a lesson key (`LessonKeys`: `answersWithA` says whether
    /// `a` is the lesson's on a step without a question); nil leaves it to the lab. On
    /// `.enterStep` and `.restartStep` the pane shows the step from its top and
    /// `message` names it: the lab then sends the step's setup.
    package mutating func handle(_ event: InputEvent, message: inout String?,
                                 answersWithA: Bool) -> LessonKeys.Outcome? {
        var note: String?
        let outcome = LessonKeys.handle(event, session: &session, panel: &panel, scroll: &scroll, message: &note,
                                        answersWithA: answersWithA)
        if let note { message = note }
        if outcome == .enterStep || outcome == .restartStep {
            panel = .step
            scroll = 0
            message = stepNote
        }
        return outcome
    }

    /// Records that the step's goal was met at `count` (`unit`: "epoch", "iteration")
    /// and session step `sessionStep`, as the lab's engine judged it. Returns the note
    /// announcing it the first time, else nil.
    package mutating func goalMet(at count: Int, unit: String, sessionStep: Int) -> String? {
        session.announceGoalMet(at: count, unit: unit, sessionStep: sessionStep)
    }

    /// What the lesson pane shows: the shared part, with the lab's `goal` lines.
    package func paneModel(goal: [LessonPaneModel.GoalLine]) -> LessonPaneModel {
        var model = LessonPaneModel(session: session, panel: panel, scroll: scroll)
        model.goal = goal
        return model
    }
}

extension LessonSession {
    /// Records that the step's goal was met at `count` (`unit`: "epoch", "generation",
    /// "iteration") and session step `sessionStep`. Returns the note every lab shows the
    /// first time (what to press next), else nil.
    package mutating func announceGoalMet(at count: Int, unit: String, sessionStep: Int) -> String? {
        guard recordGoalMet(epoch: count, sessionStep: sessionStep) else { return nil }
        let last = stepIndex == stepCount - 1
        let opened = step.question?.timing == .afterGoal
        return "✔ goal met at \(unit) \(count)! " + (opened ? "a answers the question, " : "")
            + (last ? "press n to finish the lesson" : "press n for the next step")
    }
}
