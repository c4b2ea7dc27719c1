import NNCore
import NNSession

/// A lesson open in the curve lab (`lab: curves`): the student's place
/// (`LessonSession`), every step's settings, the pane's panel and scroll, and the
/// goal's figures as the engine last published them (the engine judges the goal:
/// `CurveLabCommand.watchGoal`; the pane only shows its published numbers). A pure value
/// inside `CurvesAppState`; the run loop saves `session.progress` whenever it changes.
package struct CurvesLessonMode: Equatable, Sendable {
    package var session: LessonSession
    /// The lab's part of the lesson (goals in its vocabulary).
    package let lab: CurveLesson
    /// One resolved setting per step, in order (as `nnplay lesson check` starts each step).
    package let settings: [CurveLabSettings]
    package var panel = LessonMode.Panel.step
    package var scroll = 0
    /// Each goal condition's figure in the latest snapshot adopted (empty before one).
    package var figures: [Double?] = []

    package init(session: LessonSession, lab: CurveLesson, settings: [CurveLabSettings]) {
        precondition(settings.count == session.stepCount && lab.steps.count == session.stepCount, "one setup per step")
        self.session = session
        self.lab = lab
        self.settings = settings
    }

    /// The current step's settings.
    package var setup: CurveLabSettings { settings[session.stepIndex] }

    /// The current step's goal (nil for a step without one).
    package var goal: [CurveLabGoal]? { lab.steps[session.stepIndex].goal }

    /// The commands that start the current step: its settings on a fresh lab
    /// (`CurveLesson.entryCommands`), then its goal watched by the engine.
    package var entryCommands: [CurveLabCommand] {
        CurveLesson.entryCommands(to: setup) + [.watchGoal(goal)]
    }

    /// Takes on how the engine judged the step's goal in `snapshot` (only once it judges
    /// this step's goal, so a step is never judged by the one before) and records the
    /// moment it was met. Returns the note announcing it, or nil.
    package mutating func observe(_ snapshot: CurveLabSnapshot) -> String? {
        guard snapshot.watchedGoal == goal else { return nil }
        figures = snapshot.goalValues
        guard let moment = snapshot.goalMetAt,
              session.recordGoalMet(epoch: moment.steps, sessionStep: moment.sessionStep) else { return nil }
        let last = session.stepIndex == session.stepCount - 1
        let opened = session.step.question?.timing == .afterGoal
        return "✔ goal met at step \(NumberText.grouped(moment.steps))! " + (opened ? "a answers the question, " : "")
            + (last ? "press n to finish the lesson" : "press n for the next step")
    }

    /// What the lesson pane shows now: the shared part, and the goal's lines with the
    /// published figures.
    package var paneModel: LessonPaneModel {
        var model = LessonPaneModel(session: session, panel: panel, scroll: scroll)
        model.goal = (goal ?? []).enumerated().map { index, goal in
            let value = figures.indices.contains(index) ? figures[index] : nil
            return LessonPaneModel.GoalLine(text: goal.text, current: value.map(CurveLabGoal.figureText) ?? "-",
                                            isMet: session.isGoalMet || goal.isMet(by: value))
        }
        return model
    }
}
