/// What a step asks the student to achieve: every condition at once, optionally
/// within a number of epochs of the network's training. A `goal` block:
///
/// ```goal
/// test-loss < 0.2
/// activation is relu
/// within 100 epochs
/// ```
///
/// "Within n epochs" counts the current network's epochs (a rebuild or a reset starts
/// again at 0), so a student who trained too long resets and tries again.
package struct LessonGoal: Equatable, Sendable {
    /// One condition with the line it is written on.
    package struct Line: Equatable, Sendable {
        package var condition: GoalCondition
        package var line: Int
        /// In a race lesson, the variant (0-based) the condition is on; nil: every variant.
        package var variant: Int?

        package init(_ condition: GoalCondition, line: Int, variant: Int? = nil) {
            self.condition = condition
            self.line = line
            self.variant = variant
        }
    }

    /// How each condition stands in one observation, for a goal panel
    /// ("test-loss < 0.2   now 0.31").
    package struct Evaluation: Equatable, Sendable {
        package struct Status: Equatable, Sendable {
            package var condition: GoalCondition
            package var isMet: Bool
            /// The current value as text (`-` when there is none).
            package var current: String
        }

        package var conditions: [Status]
        /// False when the network has trained past `withinEpochs`.
        package var inTime: Bool
        /// Every condition met, in time.
        package var isMet: Bool { inTime && conditions.allSatisfy(\.isMet) }
    }

    package var conditions: [Line]
    /// The most epochs the network may have trained when the conditions hold; nil for no limit.
    package var withinEpochs: Int?
    /// The line of the block's opening fence.
    package var line: Int

    package init(conditions: [Line], withinEpochs: Int? = nil, line: Int = 0) {
        self.conditions = conditions
        self.withinEpochs = withinEpochs
        self.line = line
    }

    /// How the goal stands in `observation` (pure: no state is kept).
    package func evaluate(_ observation: LessonObservation) -> Evaluation {
        let statuses = conditions.map {
            Evaluation.Status(condition: $0.condition, isMet: $0.condition.isMet(in: observation),
                              current: $0.condition.currentValue(in: observation))
        }
        let inTime = withinEpochs.map { observation.epoch <= $0 } ?? true
        return Evaluation(conditions: statuses, inTime: inTime)
    }

    /// Whether a condition names a gradient-flow figure (`dead-units`, `gradient-ratio`, ...).
    package var needsGradientFlow: Bool {
        conditions.contains { line in
            if case .number(let metric, _, _) = line.condition { return metric.needsGradientFlow }
            return false
        }
    }

    /// Whether checking the goal needs the network evaluated on the data.
    package var needsMeasuring: Bool {
        conditions.contains { line in
            if case .number(let metric, _, _) = line.condition { return metric.isMeasured || metric.needsGradientFlow }
            return false
        }
    }

    /// Whether the goal is met in `observation`.
    package func isMet(by observation: LessonObservation) -> Bool {
        evaluate(observation).isMet
    }

    /// The goal as one line of text: `test-loss < 0.2 and activation is relu within 100 epochs`.
    package var text: String {
        let all = conditions.map(\.condition.text).joined(separator: " and ")
        return withinEpochs.map { "\(all) within \($0) epochs" } ?? all
    }
}
