import NNCore
import NNSession

/// Which method the phase map (`m`) is about: the one whose controls are focused, or
/// else the first of the race the map covers (momentum or Nesterov before gradient descent).
extension LandscapeLabUI {
    /// The slot of the method whose controls row is focused, nil on the surface's rows or the buttons.
    package var selectedSlot: Int? {
        guard rows.indices.contains(focusedRow) else { return nil }
        switch rows[focusedRow] {
        case .knob(let slot, _), .removeMethod(let slot): return slot
        default: return nil
        }
    }

    /// The slot the phase map shows: the selected method (even one the map does not
    /// cover, so the screen can say so), else the first momentum or Nesterov method,
    /// else gradient descent (the map's β = 0 row).
    package var phaseMapSlot: Int? {
        selectedSlot ?? setup.methods.firstIndex { [.momentum, .nesterov].contains($0.kind) }
            ?? setup.methods.firstIndex { LandscapePhaseMapRequest.rule(of: $0) != nil }
    }

    /// The phase map to ask the engine for with a grid of `columns` × `rows`, nil when
    /// none is shown or the shown method is not one the map covers.
    package func phaseMapRequest(columns: Int, rows: Int) -> LandscapePhaseMapRequest? {
        guard showPhaseMap, setup.function == .ravine, let slot = phaseMapSlot,
              let rule = LandscapePhaseMapRequest.rule(of: setup.methods[slot]) else { return nil }
        let request = LandscapePhaseMapRequest(method: rule, columns: min(columns, LandscapePhaseMapRequest.maxCells),
                                               rows: min(rows, LandscapePhaseMapRequest.maxCells))
        return request.isValid ? request : nil
    }

    /// What `m` says on a surface other than the ravine.
    static let phaseMapIsForTheRavine = "the phase map is for the ravine (its learning rate × momentum): f: next surface"
}
