/// The regularization control's four choices (TensorFlow Playground's none, L1, L2,
/// plus dropout), each with its one rate; `mixed` describes a configuration given on
/// the command line with several at once (`--l1 0.001 --l2 0.01`).
package enum RegularizationChoice: Equatable, Sendable, CaseIterable {
    case none, l1, l2, dropout, mixed

    /// The choice `r` amounts to.
    package init(_ r: Regularization) {
        let active = [r.l1 > 0, r.l2 > 0, r.dropout > 0].filter { $0 }.count
        if active > 1 { self = .mixed }
        else if r.l1 > 0 { self = .l1 }
        else if r.l2 > 0 { self = .l2 }
        else if r.dropout > 0 { self = .dropout }
        else { self = .none }
    }

    /// `none`, `L1`, `L2`, `dropout` or `mixed`.
    package var text: String {
        switch self {
        case .none: return "none"
        case .l1: return "L1"
        case .l2: return "L2"
        case .dropout: return "dropout"
        case .mixed: return "mixed"
        }
    }

    /// The rate in force for this choice (nil for none and mixed).
    package func rate(_ r: Regularization) -> Double? {
        switch self {
        case .none, .mixed: return nil
        case .l1: return r.l1
        case .l2: return r.l2
        case .dropout: return r.dropout
        }
    }

    /// The ladder its rate steps along (nil for none and mixed).
    package var ladder: Ladder? {
        switch self {
        case .none, .mixed: return nil
        case .l1, .l2: return .penalty
        case .dropout: return .dropout
        }
    }

    /// The choice after this one (`direction` > 0) or before it, wrapping: none → L1 → L2 → dropout.
    package func cycled(_ direction: Int) -> RegularizationChoice {
        let order: [RegularizationChoice] = [.none, .l1, .l2, .dropout]
        return order.element(after: self, wrapping: direction >= 0 ? 1 : -1)
    }

    /// The regularization of this choice at `rate` (the others off).
    package func regularization(rate: Double) -> Regularization {
        switch self {
        case .none, .mixed: return Regularization()
        case .l1: return Regularization(l1: rate)
        case .l2: return Regularization(l2: rate)
        case .dropout: return Regularization(dropout: rate)
        }
    }

    /// Switching from `old` to this choice: an L1 rate carries over to L2 and back;
    /// otherwise the choice starts at 0.001 (L1, L2) or 0.1 (dropout).
    package func regularization(from old: Regularization) -> Regularization {
        let previous = RegularizationChoice(old)
        if (self == .l1 || self == .l2), (previous == .l1 || previous == .l2), let rate = previous.rate(old) {
            return regularization(rate: rate)
        }
        return regularization(rate: self == .dropout ? 0.1 : 0.001)
    }
}
