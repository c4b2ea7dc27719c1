import NNSession

/// The lesson keys every screen shares, as a pure function of the student's place in
/// the lesson (`LessonSession`), the pane's panel and scroll: the screen then does
/// what the outcome asks in its own terms (start a step with its own commands).
///
/// | key | does |
/// |---|---|
/// | `n` / `p` | next step (once the goal is met) / previous step |
/// | `h` | the next hint |
/// | `l` | the list of steps (↑ ↓ Enter to go to one, Esc to close) |
/// | `x` | start the step again |
/// | `a` then a letter | answer the step's question |
/// | `j` / `k` | scroll the step's text |
package enum LessonKeys {
    /// The keys above for a screen's help overlay; `answers`: whether `a` answers (on a
    /// screen whose own `a` matters, only on a step with a question).
    package static func bindings(answers: Bool = true) -> [KeyBinding] {
        [KeyBinding(keys: "n / p", action: "lesson: next step (once the goal is met) / back"),
         KeyBinding(keys: "h", action: "lesson: the next hint"),
         KeyBinding(keys: "l", action: "lesson: list of steps"),
         KeyBinding(keys: "x", action: "lesson: start this step again")]
            + (answers ? [KeyBinding(keys: "a, letter", action: "lesson: answer the question")] : [])
            + [KeyBinding(keys: "j / k", action: "lesson: scroll the text")]
    }

    /// What a lesson key asks of the screen.
    package enum Outcome: Equatable, Sendable {
        /// Done: the pane or the message changed.
        case handled
        /// The session moved to another step: set it up.
        case enterStep
        /// `x`: the same step again.
        case restartStep
    }

    /// Handles `event` if it is a lesson key (or any key while the step list or an
    /// answer is pending); nil leaves it to the screen. `answersWithA`: whether `a`
    /// is the lesson's (a screen whose own `a` matters gives it up on steps without a question).
    package static func handle(_ event: InputEvent, session: inout LessonSession, panel: inout LessonMode.Panel,
                               scroll: inout Int, message: inout String?, answersWithA: Bool = true) -> Outcome? {
        switch panel {
        case .steps(let selection):
            switch event {
            case .up: panel = .steps(selection: max(0, selection - 1))
            case .down: panel = .steps(selection: min(session.stepCount - 1, selection + 1))
            case .escape, .character("l"): panel = .step
            case .enter:
                panel = .step
                guard selection != session.stepIndex else { return .handled }
                guard session.go(to: selection) else {
                    message = "step \(selection + 1) opens once the goals before it are met"
                    return .handled
                }
                return .enterStep
            default: break
            }
            return .handled
        case .answering:
            panel = .step
            guard case .character(let key) = event, let question = session.visibleQuestion else { return .handled }
            guard let index = question.choiceIndex(forKey: key), let choice = session.answer(index) else {
                message = "no answer \(key): the choices are a to \(LessonQuestion.key(for: question.choices.count - 1))"
                return .handled
            }
            message = choice.isCorrect ? "✔ right" : "✖ not quite: see the feedback"
            return .handled
        case .step:
            break
        }
        guard case .character(let key) = event else { return nil }
        switch key {
        case "n":
            guard session.canGoNext else {
                message = session.progress.finished ? "this was the last step"
                    : "the goal of this step is not met yet (h for a hint)"
                return .handled
            }
            let wasLast = session.stepIndex == session.stepCount - 1
            session.next()
            if wasLast {
                message = "lesson finished: well done! (q quits, l lists the steps)"
                return .handled
            }
            return .enterStep
        case "p":
            guard session.previous() else {
                message = "this is the first step"
                return .handled
            }
            return .enterStep
        case "h":
            if session.revealHint() != nil {
                message = "hint \(session.visibleHints.count) of \(session.step.hints.count)"
            } else {
                message = session.step.hints.isEmpty ? "this step has no hints" : "no more hints"
            }
        case "l": panel = .steps(selection: session.stepIndex)
        case "x": return .restartStep
        case "a":
            guard answersWithA || session.step.question != nil else { return nil }
            guard let question = session.visibleQuestion else {
                message = session.hasPendingQuestion ? "the question opens once the goal is met"
                    : "this step asks no question"
                return .handled
            }
            panel = .answering
            message = "answer: press a to \(LessonQuestion.key(for: question.choices.count - 1)) (Esc cancels)"
        case "j": scroll += 3
        case "k": scroll = max(0, scroll - 3)
        default: return nil
        }
        return .handled
    }
}
