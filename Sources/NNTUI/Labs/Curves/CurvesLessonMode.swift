import NNCore
import NNSession

/// A lesson open in the curve lab (`lab: curves`): the shared part (`LabLessonPane`:
/// the student's place, the pane's panel and scroll), every step's settings, and the
/// goal's figures as the engine last published them (the engine judges the goal:
/// `CurveLabCommand.watchGoal`; the pane only shows its published numbers). A pure value
/// inside `CurvesAppState`; the run loop saves `session.progress` whenever it changes.
package struct CurvesLessonMode: Equatable, Sendable {
    package var pane: LabLessonPane
    /// The lab's part of the lesson (goals in its vocabulary).
    package let lab: CurveLesson
    /// One resolved setting per step, in order (as `nnplay lesson check` starts each step).
    package let settings: [CurveLabSettings]
    /// Each goal condition's figure in the latest snapshot adopted (empty before one).
    package var figures: [Double?] = []

    package init(session: LessonSession, lab: CurveLesson, settings: [CurveLabSettings]) {
        precondition(settings.count == session.stepCount && lab.steps.count == session.stepCount, "one setup per step")
        pane = LabLessonPane(session: session)
        self.lab = lab
        self.settings = settings
    }

    /// The student's place in the lesson.
    package var session: LessonSession {
        get { pane.session }
        set { pane.session = newValue }
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
    /// moment it was met, on the lesson's clock (descent's steps). Returns the note
    /// announcing it, or nil.
    package mutating func observe(_ snapshot: CurveLabSnapshot) -> String? {
        guard snapshot.watchedGoal == goal else { return nil }
        figures = snapshot.goalValues
        guard let moment = snapshot.goalMetAt else { return nil }
        return pane.goalMet(at: moment.steps, unit: "step", sessionStep: moment.sessionStep)
    }

    /// What the lesson pane shows now: the shared part, and the goal's lines with the
    /// published figures.
    package var paneModel: LessonPaneModel {
        pane.paneModel(goal: (goal ?? []).enumerated().map { index, goal in
            let value = figures.indices.contains(index) ? figures[index] : nil
            return LessonPaneModel.GoalLine(text: goal.text, current: value.map(CurveLabGoal.figureText) ?? "-",
                                            isMet: session.isGoalMet || goal.isMet(by: value))
        })
    }
}
