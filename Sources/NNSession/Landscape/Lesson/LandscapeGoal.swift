import NNCore

/// A condition a landscape lesson step asks for, checked on the lab's state:
///
/// ```
/// loss <= 1e-6            the lowest current loss of the methods racing
/// reached-at <= 200       the earliest iteration at which a method reached a minimum
/// minima-found >= 4       global minima reached since the surface was chosen
/// iteration >= 50         iterations of the race
/// momentum: reached-at <= 100    the same, for the first method of that kind
/// ```
///
/// "Reached" is `LandscapeReach`'s: within 1e-6 of a global minimum's loss.
package struct LandscapeGoal: Equatable, Sendable {
    package enum Metric: String, CaseIterable, Sendable {
        case loss
        case reachedAt = "reached-at"
        case minimaFound = "minima-found"
        case iteration
    }

    package var metric: Metric
    package var comparison: GoalCondition.Comparison
    package var target: Double
    /// Only the first method of this kind (nil: the best of all).
    package var method: LandscapeMethod.Kind?

    /// The figure in `state`, or nil when there is none (no method reached a minimum).
    package func value(in state: LandscapeLabState) -> Double? { value(in: Figures(state)) }

    /// Whether the goal holds in `state`.
    package func isMet(in state: LandscapeLabState) -> Bool { isMet(in: Figures(state)) }

    /// The goal as a line of a goal block, or an error saying what one looks like.
    package static func parse(_ line: String) throws(InputError) -> LandscapeGoal {
        var text = line.trimmedSpaces.lowercased()
        var method: LandscapeMethod.Kind?
        if let colon = text.firstIndex(of: ":") {
            let name = String(text[..<colon]).trimmedSpaces
            guard let kind = LandscapeMethod.Kind(rawValue: name) else { throw InputError("unknown method '\(name)'") }
            method = kind
            text = String(text[text.index(after: colon)...]).trimmedSpaces
        }
        let head = String(text.prefix { $0 != " " && !"<>=".contains($0) })
        guard let metric = Metric(rawValue: head) else {
            throw InputError("unknown goal '\(head)' (\(Metric.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let rest = String(text.dropFirst(head.count)).trimmedSpaces
        for comparison in GoalCondition.Comparison.allCases.sorted(by: { $0.rawValue.count > $1.rawValue.count })
        where rest.hasPrefix(comparison.rawValue) {
            let number = String(rest.dropFirst(comparison.rawValue.count)).trimmedSpaces
            guard let target = Double(number), target.isFinite else { throw InputError("'\(head)' needs a number after \(comparison.rawValue)") }
            return LandscapeGoal(metric: metric, comparison: comparison, target: target, method: method)
        }
        throw InputError("'\(head)' needs a comparison: <, <=, >, >= or = and a number (\(head) <= 100)")
    }
}
