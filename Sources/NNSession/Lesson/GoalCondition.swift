import Foundation

/// One line of a `goal` block: a comparison that is true or false for an observation.
///
/// ```
/// test-loss < 0.1            a figure against a number (<, <=, >, >=, =)
/// test-accuracy >= 95%       percentages mean fractions
/// activation is relu         a named setting: is, in (any of), not (none of)
/// features has x1sq, x2sq    features: has (all of), is (exactly), not (none of)
/// diverged                   training blew up (also: diverged is no)
/// ```
package enum GoalCondition: Equatable, Sendable {
    package enum Comparison: String, CaseIterable, Sendable {
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "="

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .less: return a < b
            case .lessOrEqual: return a <= b
            case .greater: return a > b
            case .greaterOrEqual: return a >= b
            case .equal: return a == b
            }
        }
    }

    package enum NameTest: String, CaseIterable, Sendable {
        /// The setting is exactly this (for features: exactly this set).
        case `is`
        /// The setting is one of these.
        case `in`
        /// The setting is none of these (for features: contains none of them).
        case not
        /// Features only: all of these are among the inputs.
        case has
    }

    case number(GoalMetric, Comparison, Double)
    case name(GoalSetting, NameTest, [String])
    case diverged(Bool)

    /// Whether the condition holds in `o`.
    package func isMet(in o: LessonObservation) -> Bool {
        switch self {
        case let .number(metric, comparison, target):
            guard let value = metric.value(in: o) else { return false }
            return comparison.holds(value, target)
        case let .name(setting, test, names):
            let current = setting.names(in: o.config)
            switch test {
            case .is: return setting == .features ? Set(current) == Set(names) : current == names
            case .in: return current.count == 1 && names.contains(current[0])
            case .not: return !current.contains(where: names.contains)
            case .has: return names.allSatisfy(current.contains)
            }
        case .diverged(let expected):
            return o.diverged == expected
        }
    }

    /// The current value as a person reads it (`0.231`, `87%`, `tanh`, `no`), or `-`
    /// when there is none (no test set, a diverged network).
    package func currentValue(in o: LessonObservation) -> String {
        switch self {
        case let .number(metric, _, _):
            guard let value = metric.value(in: o) else { return "-" }
            return metric.isFraction ? GoalCondition.percent(value) : GoalCondition.format(value)
        case let .name(setting, _, _):
            return setting.names(in: o.config).joined(separator: ", ")
        case .diverged:
            return o.diverged ? "yes" : "no"
        }
    }

    /// The condition as written in a goal block (normalised).
    package var text: String {
        switch self {
        case let .number(metric, comparison, target):
            let value = metric.isFraction ? GoalCondition.percent(target) : GoalCondition.format(target)
            return "\(metric.rawValue) \(comparison.rawValue) \(value)"
        case let .name(setting, test, names):
            return "\(setting.rawValue) \(test.rawValue) \(names.joined(separator: ", "))"
        case .diverged(let yes):
            return yes ? "diverged" : "diverged is no"
        }
    }

    /// A short decimal: up to 4 significant digits (`0.1`, `0.0003`, `250`).
    static func format(_ x: Double) -> String {
        String(format: "%.4g", x)
    }

    /// A fraction as a percentage with at most one decimal (`87.5%`).
    static func percent(_ x: Double) -> String {
        String(format: "%.4g", (x * 1000).rounded() / 10) + "%"
    }
}
