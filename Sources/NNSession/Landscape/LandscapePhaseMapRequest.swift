import NNCore

/// The phase map a screen asks the landscape lab's engine for: which update rule
/// (heavy-ball momentum or Nesterov) and how many cells (learning rates across,
/// momenta up), sized to the pane it is drawn in. The condition number is the
/// state's own, so the map always shows the ravine the race runs on.
package struct LandscapePhaseMapRequest: Equatable, Sendable {
    /// `.momentum` (heavy ball) or `.nesterov`.
    package var method: OptimizerKind
    package var columns: Int
    package var rows: Int

    /// The most cells on either axis (as `nnplay landscape --phase-map --columns/--rows`).
    package static let maxCells = 200

    package init(method: OptimizerKind, columns: Int, rows: Int) {
        self.method = method
        self.columns = columns
        self.rows = rows
    }

    /// Whether the engine computes it: a rule the map knows, 2 to `maxCells` cells a side.
    package var isValid: Bool {
        (method == .momentum || method == .nesterov)
            && (2...Self.maxCells).contains(columns) && (2...Self.maxCells).contains(rows)
    }

    /// The map's spec on the ravine of condition κ (`PhaseMap.Spec.ravine`'s grid).
    package func spec(condition: Double) -> PhaseMap.Spec {
        PhaseMap.Spec.ravine(condition: condition, method: method, columns: columns, rows: rows)
    }

    /// The phase map's rule for a method of the race: heavy ball for momentum (and plain
    /// gradient descent, its β = 0 row), Nesterov for Nesterov or momentum with its
    /// Nesterov switch on; nil for the others (Adam, Newton, GA, …), which the map does not cover.
    package static func rule(of method: LandscapeMethod) -> OptimizerKind? {
        switch method.kind {
        case .gd: return .momentum
        case .momentum: return method.optimizer.nesterov ? .nesterov : .momentum
        case .nesterov: return .nesterov
        default: return nil
        }
    }
}

/// A phase map the engine published: what it was computed for and its picture.
package struct LandscapePhaseMap: Equatable, Sendable {
    package var condition: Double
    package var request: LandscapePhaseMapRequest
    package var picture: PhaseMapPicture
}
