import NNSession

extension LessonMode {
    /// What the lesson pane shows now.
    package var paneModel: LessonPaneModel {
        let session = self.session
        let step = session.step
        var model = LessonPaneModel(lessonTitle: session.lesson.title, position: session.positionText,
                                    stepTitle: step.title, text: step.text)
        if session.stepIndex == 0 { model.introduction = session.lesson.introduction }
        if let goal = step.goal {
            model.goalMet = session.isGoalMet
            model.goal = goal.conditions.enumerated().map { index, line in
                let status = evaluation?.conditions.indices.contains(index) == true ? evaluation?.conditions[index] : nil
                return LessonPaneModel.GoalLine(text: line.condition.text, current: status?.current ?? "-",
                                                isMet: session.isGoalMet || status?.isMet == true)
            }
            if let limit = goal.withinEpochs {
                let late = evaluation.map { !$0.inTime } ?? false
                model.goalLimit = "within \(limit) epochs" + (late && !session.isGoalMet ? ": too late, x to try again" : "")
            }
        }
        model.hints = session.visibleHints.map(\.text)
        model.hintsLeft = step.hints.count - session.visibleHints.count
        model.explanation = session.visibleExplanation
        model.questionPending = session.hasPendingQuestion
        if let question = session.visibleQuestion {
            let picked = session.answer
            model.question = LessonPaneModel.Question(
                prompt: question.prompt, choices: question.choices.map(\.text), picked: picked,
                pickedIsCorrect: picked.map { question.choices[$0].isCorrect } ?? false,
                feedback: picked.map { question.choices[$0].feedback })
        }
        model.locked = setup.locked.summary
        if case .steps(let selection) = panel {
            let rows = session.lesson.steps.indices.map { index in
                LessonPaneModel.StepRow(title: session.lesson.steps[index].title,
                                        isMet: session.lesson.steps[index].goal != nil && session.isGoalMet(step: index),
                                        isReachable: index <= session.furthestReachable)
            }
            model.stepList = LessonPaneModel.StepList(rows: rows, current: session.stepIndex, selection: selection)
        }
        model.scroll = scroll
        return model
    }
}
