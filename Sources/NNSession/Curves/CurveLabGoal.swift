import NNCore

/// A goal on the curve lab's state, one line of what a curve lesson's `goal` block will
/// hold: a figure, a comparison, a number.
///
/// ```
/// degree = 4                      the polynomial's degree (also l2, noise, points)
/// validation-error <= 0.1         the closed form's mean squared error (train-, test-)
/// gd-distance <= 1e-3             ‖β_GD − β*‖ over the scaled coefficients
/// condition-number < 100          κ of the closed form's scaled design matrix
/// network-validation-error < 0.1  the network's (network-train-, network-test-)
/// steps <= 20000                  descent's updates since it last started from β = 0
/// ```
///
/// A figure that does not exist (no closed form, a diverged model) meets no goal.
package struct CurveLabGoal: Equatable, Sendable {
    package enum Metric: String, CaseIterable, Sendable {
        case degree, l2, noise, points, steps
        case trainError = "train-error", validationError = "validation-error", testError = "test-error"
        case gdDistance = "gd-distance", gdTrainError = "gd-train-error", gdValidationError = "gd-validation-error"
        case conditionNumber = "condition-number"
        case networkTrainError = "network-train-error", networkValidationError = "network-validation-error"
        case networkTestError = "network-test-error"
    }

    package let metric: Metric
    package let comparison: GoalCondition.Comparison
    package let target: Double

    package init(metric: Metric, comparison: GoalCondition.Comparison, target: Double) {
        self.metric = metric
        self.comparison = comparison
        self.target = target
    }

    /// The goal written on `line` (`validation-error <= 0.1`), or what a goal looks like.
    package static func parse(_ line: String) throws(InputError) -> CurveLabGoal {
        let text = line.trimmedSpaces.lowercased()
        let head = String(text.prefix { $0 != " " && !"<>=".contains($0) })
        guard let metric = Metric(rawValue: head) else {
            let names = Metric.allCases.map(\.rawValue).joined(separator: ", ")
            throw InputError("unknown curve-lab goal '\(head)' (figures: \(names))")
        }
        let rest = String(text.dropFirst(head.count)).trimmedSpaces
        for comparison in GoalCondition.Comparison.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count })
        where rest.hasPrefix(comparison.rawValue) {
            var value = String(rest.dropFirst(comparison.rawValue.count)).trimmedSpaces
            if comparison == .equal && value.hasPrefix("=") { value.removeFirst() }
            guard let number = Double(value.trimmedSpaces), number.isFinite else {
                throw InputError("'\(head) \(comparison.rawValue)' needs a number (\(head) \(comparison.rawValue) 0.1)")
            }
            return CurveLabGoal(metric: metric, comparison: comparison, target: number)
        }
        throw InputError("'\(head)' needs a comparison: <, <=, >, >= or = and a number (\(head) < 0.1)")
    }

    /// The figure in `lab` (nil when it does not exist there).
    package func value(in lab: CurveLab) -> Double? {
        let sample = lab.sample
        let value: Double?
        switch metric {
        case .degree: value = Double(lab.settings.degree)
        case .l2: value = lab.settings.l2
        case .noise: value = lab.settings.noise
        case .points: value = Double(lab.settings.points)
        case .steps: value = Double(lab.descent.steps)
        case .trainError: value = lab.closedForm?.meanSquaredError(sample.train)
        case .validationError: value = lab.closedForm?.meanSquaredError(sample.validation)
        case .testError: value = lab.closedForm?.meanSquaredError(sample.test)
        case .gdDistance: value = lab.descentDistance
        case .gdTrainError: value = lab.descent.meanSquaredError(sample.train)
        case .gdValidationError: value = lab.descent.meanSquaredError(sample.validation)
        case .conditionNumber: value = lab.closedForm?.conditionNumber
        case .networkTrainError: value = lab.network.meanSquaredError(sample.train)
        case .networkValidationError: value = lab.network.meanSquaredError(sample.validation)
        case .networkTestError: value = lab.network.meanSquaredError(sample.test)
        }
        return value.flatMap { $0.isFinite ? $0 : nil }
    }

    /// The goal as a lesson writes it: `validation-error < 0.1`, `gd-distance < 1e-6` (the
    /// target in the fewest significant digits that read back as the same number).
    package var text: String {
        let number = target == target.rounded() && abs(target) < 1e9 ? String(Int(target))
            : (1...17).lazy.map { NumberText.significant(self.target, digits: $0) }.first { Double($0) == self.target }
                ?? NumberText.significant(target)
        return "\(metric.rawValue) \(comparison.rawValue) \(number)"
    }

    /// A figure as the checker's notes and the lesson pane show it: whole numbers whole
    /// (`4513`), others to three significant digits (`9.98e-7`).
    package static func figureText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : NumberText.significant(value)
    }

    package func isMet(in lab: CurveLab) -> Bool { isMet(by: value(in: lab)) }

    /// Whether `value` (nil: the figure does not exist) meets the goal.
    package func isMet(by value: Double?) -> Bool {
        guard let value else { return false }
        return comparison.holds(value, target)
    }
}
