import NNCore
import NNSession

extension LessonMode {
    /// What the lesson pane shows now.
    package var paneModel: LessonPaneModel {
        let session = self.session
        var model = LessonPaneModel(session: session, panel: panel, scroll: scroll)
        if let goal = session.step.goal {
            model.goal = goal.conditions.enumerated().map { index, line in
                let status = evaluation?.conditions.indices.contains(index) == true ? evaluation?.conditions[index] : nil
                return LessonPaneModel.GoalLine(text: line.condition.text, current: status?.current ?? "-",
                                                isMet: session.isGoalMet || status?.isMet == true)
            }
            if let limit = goal.withinEpochs {
                let late = evaluation.map { !$0.inTime } ?? false
                model.goalLimit = "within \(epochName.count(limit))"
                    + (late && !session.isGoalMet ? ": too late, x to try again" : "")
            }
        }
        model.locked = setup.locked.summary
        return model
    }
}
