import NNCore

/// A student working through a lesson, as a pure value a TUI drives: which step is
/// shown, which hints are revealed, whether the goal was met, which answer was
/// picked. It keeps no engine and does no I/O; the TUI feeds it observations of the
/// playground (`observe`), sends the commands it asks for (`LessonStepSetup`), and
/// saves `progress` with a `LessonProgressStore` whenever `progress` changes.
///
/// Rules: `next()` is allowed once the step's goal is met (at once for a step
/// without a goal); a met goal stays met (resetting the step or changing settings
/// does not take it back); `previous()` and `go(to:)` reach any step up to the
/// furthest unlocked one.
package struct LessonSession: Equatable, Sendable {
    package let lesson: Lesson
    package private(set) var progress: LessonProgress

    /// Starts or resumes `lesson` (`progress` from the store, adapted to the lesson).
    package init(lesson: Lesson, progress: LessonProgress? = nil) {
        self.lesson = lesson
        var p = (progress ?? LessonProgress(lesson: lesson)).adapted(to: lesson)
        p.currentStep = min(max(0, p.currentStep), lesson.steps.count - 1)
        self.progress = p
    }

    // MARK: Where the student is

    /// The index of the step shown (0-based).
    package var stepIndex: Int { progress.currentStep }
    package var step: LessonStep { lesson.steps[stepIndex] }
    package var stepCount: Int { lesson.steps.count }
    private var current: LessonProgress.StepProgress { progress.steps[stepIndex] }

    /// `step 3/8`.
    package var positionText: String { "step \(stepIndex + 1)/\(stepCount)" }

    /// Whether the step's goal was met (true for a step without a goal).
    package var isGoalMet: Bool { !lesson.hasGoal(step: stepIndex) || current.isGoalMet }

    /// Whether `isGoalMet` for step `index`.
    package func isGoalMet(step index: Int) -> Bool {
        !lesson.hasGoal(step: index) || progress.steps[index].isGoalMet
    }

    /// The furthest step the student may open: the first whose goal is not met yet.
    package var furthestReachable: Int {
        lesson.steps.indices.first { !isGoalMet(step: $0) } ?? stepCount - 1
    }

    // MARK: Moving

    package var canGoNext: Bool { isGoalMet && !progress.finished }
    package var canGoPrevious: Bool { stepIndex > 0 }

    /// To the next step (or marks the lesson finished after the last one). Returns
    /// false, changing nothing, while the goal is not met.
    @discardableResult
    package mutating func next() -> Bool {
        guard canGoNext else { return false }
        if stepIndex + 1 < stepCount { progress.currentStep += 1 } else { progress.finished = true }
        return true
    }

    @discardableResult
    package mutating func previous() -> Bool {
        guard canGoPrevious else { return false }
        progress.currentStep -= 1
        return true
    }

    /// To step `index` (from the list of steps), if it is reachable.
    @discardableResult
    package mutating func go(to index: Int) -> Bool {
        guard lesson.steps.indices.contains(index), index <= furthestReachable else { return false }
        progress.currentStep = index
        return true
    }

    // MARK: Hints

    /// The hints revealed so far in this step, in order.
    package var visibleHints: [Hint] { Array(step.hints.prefix(current.hintsShown)) }
    package var canRevealHint: Bool { current.hintsShown < step.hints.count }

    /// Reveals the next hint and returns it; nil when all are shown.
    @discardableResult
    package mutating func revealHint() -> Hint? {
        guard canRevealHint else { return nil }
        progress.steps[stepIndex].hintsShown += 1
        return step.hints[current.hintsShown - 1]
    }

    // MARK: The goal

    /// The step's explanation, once it may be shown (the goal is met).
    package var visibleExplanation: String? { isGoalMet ? step.explanation : nil }

    /// Checks the goal against `observation` (for a caller that judges goals itself;
    /// the playground watches them in the engine: `recordGoalMet`). Returns true
    /// exactly when this call met the goal: the moment to announce it.
    @discardableResult
    package mutating func observe(_ observation: LessonObservation) -> Bool {
        guard let goal = step.goal, goal.isMet(by: observation) else { return false }
        return recordGoalMet(epoch: observation.epoch, sessionStep: observation.sessionStep)
    }

    /// Records that the step's goal was met at (epoch, session step), as the playground
    /// reports it (`Snapshot.goalMetAt`); a lab stores its own clock as the epoch (the
    /// landscape lab: the race's iteration). Returns true exactly when this call met it.
    @discardableResult
    package mutating func recordGoalMet(epoch: Int, sessionStep: Int) -> Bool {
        guard lesson.hasGoal(step: stepIndex), !current.isGoalMet else { return false }
        progress.steps[stepIndex].goalMetAtEpoch = epoch
        progress.steps[stepIndex].goalMetAtSessionStep = sessionStep
        return true
    }

    // MARK: The question

    /// The step's question once it may be shown: at once, or for `show: after-goal`
    /// only after the goal is met (so the question cannot give the result away).
    package var visibleQuestion: LessonQuestion? {
        guard let question = step.question else { return nil }
        return question.timing == .afterGoal && !isGoalMet ? nil : question
    }

    /// Whether the step has a question still hidden until its goal is met.
    package var hasPendingQuestion: Bool { step.question != nil && visibleQuestion == nil }

    /// The index of the choice picked last in this step, if any.
    package var answer: Int? { current.answer }

    /// Picks choice `index` and returns it (its feedback is what to show); nil when the
    /// step has no visible question or no such choice. The student may answer again.
    @discardableResult
    package mutating func answer(_ index: Int) -> LessonQuestion.Choice? {
        guard let question = visibleQuestion, question.choices.indices.contains(index) else { return nil }
        progress.steps[stepIndex].answer = index
        return question.choices[index]
    }

    // MARK: The playground

    /// The current step's setup, resolved (see `LessonStepSetup` for the two ways to
    /// apply it: a fresh state, or commands to a running engine).
    package func setup(data: LessonData) throws(InputError) -> LessonStepSetup {
        try lesson.resolvedSetup(ofStep: stepIndex, data: data)
    }

    /// Whether the current step locks `control` (resolves the lesson's and the step's
    /// `lock:` lines without touching data).
    package func isLocked(_ control: LessonControl) -> Bool {
        lockedControls.contains(control)
    }

    /// The controls the current step locks.
    package var lockedControls: Set<LessonControl> {
        var locks = Set<LessonControl>()
        for setup in [lesson.setup, step.setup].compactMap({ $0 }) { locks = setup.lockedControls(inheriting: locks) }
        return locks
    }
}
