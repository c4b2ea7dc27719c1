import NNSession

extension LessonPaneModel {
    /// What the pane shows of `session` whatever screen runs it: the step's text, the
    /// hints revealed, the explanation once the goal is met, the question, and the list
    /// of steps while `panel` shows it. The screen adds its goal's lines (its own figures).
    package init(session: LessonSession, panel: LessonMode.Panel, scroll: Int) {
        let step = session.step
        self.init(lessonTitle: session.lesson.title, position: session.positionText, stepTitle: step.title,
                  text: step.text)
        if session.stepIndex == 0 { introduction = session.lesson.introduction }
        goalMet = session.lesson.hasGoal(step: session.stepIndex) && session.isGoalMet
        hints = session.visibleHints.map(\.text)
        hintsLeft = step.hints.count - session.visibleHints.count
        explanation = session.visibleExplanation
        questionPending = session.hasPendingQuestion
        if let question = session.visibleQuestion {
            let picked = session.answer
            self.question = Question(
                prompt: question.prompt, choices: question.choices.map(\.text), picked: picked,
                pickedIsCorrect: picked.map { question.choices[$0].isCorrect } ?? false,
                feedback: picked.map { question.choices[$0].feedback })
        }
        if case .steps(let selection) = panel {
            let rows = session.lesson.steps.indices.map { index in
                StepRow(title: session.lesson.steps[index].title,
                        isMet: session.lesson.hasGoal(step: index) && session.isGoalMet(step: index),
                        isReachable: index <= session.furthestReachable)
            }
            stepList = StepList(rows: rows, current: session.stepIndex, selection: selection)
        }
        self.scroll = scroll
    }
}
