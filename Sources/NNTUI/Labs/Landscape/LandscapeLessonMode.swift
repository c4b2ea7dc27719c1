import NNCore
import NNSession

/// A lesson open in the landscape lab (`lab: landscape`): the student's place
/// (`LessonSession`), every step's lab setup, the pane's panel and scroll, and the
/// goal's figures as the engine last published them (the engine judges the goal:
/// `LandscapeLabCommand.watchGoal`; the pane only shows its published numbers). A pure value inside
/// `LandscapeLabUI`; the run loop saves `session.progress` whenever it changes.
package struct LandscapeLessonMode: Equatable, Sendable {
    package var session: LessonSession
    /// The lab's part of the lesson (goals in its vocabulary).
    package let lab: LandscapeLesson
    /// One resolved setup per step, in order (as `nnplay lesson check` starts each step).
    package let setups: [LandscapeLabSetup]
    package var panel = LessonMode.Panel.step
    package var scroll = 0
    /// The goal's figures in the latest snapshot adopted (nil before one).
    package var figures: LandscapeGoal.Figures?

    package init(session: LessonSession, lab: LandscapeLesson, setups: [LandscapeLabSetup]) {
        precondition(setups.count == session.stepCount && lab.steps.count == session.stepCount, "one setup per step")
        self.session = session
        self.lab = lab
        self.setups = setups
    }

    /// The current step's setup.
    package var setup: LandscapeLabSetup { setups[session.stepIndex] }

    /// The current step's goal (nil for a step without one).
    package var goal: [LandscapeGoal]? { lab.steps[session.stepIndex].goal }

    /// The commands that start the current step on a lab in `current`: its setup
    /// (`LandscapeLesson.entryCommands`), then its goal watched by the engine.
    package func entryCommands(from current: LandscapeLabSetup) -> [LandscapeLabCommand] {
        LandscapeLesson.entryCommands(from: current, to: setup) + [.watchGoal(goal)]
    }

    /// Takes on how the engine judged the step's goal in `snapshot` (only once it judges
    /// this step's goal, so a step is never judged by the one before) and records the
    /// moment it was met. Returns the note announcing it, or nil.
    package mutating func observe(_ snapshot: LandscapeLabSnapshot) -> String? {
        guard snapshot.watchedGoal == goal else { return nil }
        figures = LandscapeGoal.Figures(snapshot)
        guard let moment = snapshot.goalMetAt,
              session.recordGoalMet(epoch: moment.iteration, sessionStep: moment.sessionStep) else { return nil }
        let last = session.stepIndex == session.stepCount - 1
        let opened = session.step.question?.timing == .afterGoal
        return "✔ goal met at iteration \(moment.iteration)! " + (opened ? "a answers the question, " : "")
            + (last ? "press n to finish the lesson" : "press n for the next step")
    }

    /// What the lesson pane shows now: the shared part, and the goal's lines with the
    /// published figures.
    package var paneModel: LessonPaneModel {
        var model = LessonPaneModel(session: session, panel: panel, scroll: scroll)
        model.goal = (goal ?? []).map { goal in
            let value = figures.flatMap { goal.value(in: $0) }
            return LessonPaneModel.GoalLine(text: goal.text, current: LandscapeGoal.figureText(value),
                                            isMet: session.isGoalMet || (figures.map { goal.isMet(in: $0) } ?? false))
        }
        return model
    }
}
