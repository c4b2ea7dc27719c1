import NNCore
import NNSession

/// A lesson open in the landscape lab (`lab: landscape`): the shared part
/// (`LabLessonPane`: the student's place, the pane's panel and scroll), every step's
/// lab setup, and the goal's figures as the engine last published them (the engine judges the goal:
/// `LandscapeLabCommand.watchGoal`; the pane only shows its published numbers). A pure value inside
/// `LandscapeLabUI`; the run loop saves `session.progress` whenever it changes.
package struct LandscapeLessonMode: Equatable, Sendable {
    package var pane: LabLessonPane
    /// The lab's part of the lesson (goals in its vocabulary).
    package let lab: LandscapeLesson
    /// One resolved setup per step, in order (as `nnplay lesson check` starts each step).
    package let setups: [LandscapeLabSetup]
    /// The goal's figures in the latest snapshot adopted (nil before one).
    package var figures: LandscapeGoal.Figures?

    package init(session: LessonSession, lab: LandscapeLesson, setups: [LandscapeLabSetup]) {
        precondition(setups.count == session.stepCount && lab.steps.count == session.stepCount, "one setup per step")
        pane = LabLessonPane(session: session)
        self.lab = lab
        self.setups = setups
    }

    /// The student's place in the lesson.
    package var session: LessonSession {
        get { pane.session }
        set { pane.session = newValue }
    }

    /// What the pane shows (the step, the list of steps, an answer pending).
    package var panel: LessonMode.Panel {
        get { pane.panel }
        set { pane.panel = newValue }
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
        guard let moment = snapshot.goalMetAt else { return nil }
        return pane.goalMet(at: moment.iteration, unit: "iteration", sessionStep: moment.sessionStep)
    }

    /// What the lesson pane shows now: the shared part, and the goal's lines with the
    /// published figures.
    package var paneModel: LessonPaneModel {
        pane.paneModel(goal: (goal ?? []).map { goal in
            let value = figures.flatMap { goal.value(in: $0) }
            return LessonPaneModel.GoalLine(text: goal.text, current: LandscapeGoal.figureText(value),
                                            isMet: session.isGoalMet || (figures.map { goal.isMet(in: $0) } ?? false))
        })
    }
}
