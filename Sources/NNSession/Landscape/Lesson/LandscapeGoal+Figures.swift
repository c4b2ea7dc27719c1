import NNCore

extension LandscapeGoal {
    /// The numbers a landscape goal reads, taken from the lab's state (the checker's
    /// rehearsal) or from a published snapshot (the screen): one rule for both.
    package struct Figures: Equatable, Sendable {
        /// Per method, in slot order: its kind, its loss now, the iteration it reached a minimum.
        package var methods: [(kind: LandscapeMethod.Kind, loss: Double, reachedAt: Int?)]
        package var minimaFound: Int
        package var iteration: Int

        package init(methods: [(kind: LandscapeMethod.Kind, loss: Double, reachedAt: Int?)], minimaFound: Int,
                     iteration: Int) {
            self.methods = methods
            self.minimaFound = minimaFound
            self.iteration = iteration
        }

        package init(_ state: LandscapeLabState) {
            self.init(methods: state.tracks.map { ($0.walker.method.kind, $0.walker.loss, $0.reached?.iteration) },
                      minimaFound: state.foundMinima.count, iteration: state.iteration)
        }

        package init(_ snapshot: LandscapeLabSnapshot) {
            self.init(methods: snapshot.tracks.map { ($0.method.kind, $0.loss, $0.reachedAt) },
                      minimaFound: snapshot.foundMinima.count, iteration: snapshot.iteration)
        }

        package static func == (a: Self, b: Self) -> Bool {
            a.minimaFound == b.minimaFound && a.iteration == b.iteration && a.methods.count == b.methods.count
                && zip(a.methods, b.methods).allSatisfy {
                    $0.kind == $1.kind && $0.loss.bitPattern == $1.loss.bitPattern && $0.reachedAt == $1.reachedAt
                }
        }
    }

    /// The figure the goal compares, or nil when there is none (no method reached a minimum).
    package func value(in figures: Figures) -> Double? {
        let matching = figures.methods.filter { method == nil || $0.kind == method }
        let chosen = method == nil ? matching : Array(matching.prefix(1))
        switch metric {
        case .loss: return chosen.map(\.loss).filter { !$0.isNaN }.min()
        case .reachedAt: return chosen.compactMap { $0.reachedAt.map(Double.init) }.min()
        case .minimaFound: return Double(figures.minimaFound)
        case .iteration: return Double(figures.iteration)
        }
    }

    /// Whether the goal holds for `figures`.
    package func isMet(in figures: Figures) -> Bool {
        guard let v = value(in: figures) else { return false }
        return comparison.holds(v, target)
    }

    /// The goal as a lesson writes it: `momentum: reached-at <= 80`.
    package var text: String {
        let number = target == target.rounded() && abs(target) < 1e9 ? String(Int(target)) : NumberText.significant(target)
        return (method.map { "\($0.rawValue): " } ?? "") + "\(metric.rawValue) \(comparison.rawValue) \(number)"
    }

    /// `value` as the lesson pane shows it (`-` before there is one).
    package static func figureText(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : NumberText.significant(value)
    }
}
