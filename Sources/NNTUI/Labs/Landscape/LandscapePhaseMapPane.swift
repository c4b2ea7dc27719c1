import NNCore
import NNSession

/// The chart pane while the phase map is shown (`m`): the map the engine published for
/// the ravine's condition and the shown method's rule, with that method's (lr, β)
/// marked; or why there is none (another surface, a method the map does not cover,
/// still computing).
enum LandscapePhaseMapPane {
    /// Draws the pane; returns the map it wants the engine to compute (nil: none).
    static func draw(ui: LandscapeLabUI, snapshot: LandscapeLabSnapshot, in rect: Rect, palette: Palette,
                     canvas: inout Canvas) -> LandscapePhaseMapRequest? {
        guard rect.width >= 12, rect.height >= 3 else { return nil }
        canvas.box(rect, title: "phase map · \(LandscapeLabKeys.phaseMapKey): race chart")
        let inner = rect.interior
        guard ui.setup.function == .ravine else {
            note(["the phase map is for the ravine", "f: next surface"], in: inner, canvas: &canvas)
            return nil
        }
        guard let slot = ui.phaseMapSlot else {
            note(["the phase map is for momentum", "or Nesterov: add one (a)"], in: inner, canvas: &canvas)
            return nil
        }
        let method = ui.setup.methods[slot]
        guard let grid = PhaseMapView.grid(for: inner),
              let request = ui.phaseMapRequest(columns: grid.columns, rows: grid.rows) else {
            note(["method \(slot + 1) is \(method.kind.rawValue): the phase map", "is for momentum or Nesterov",
                  "↑ ↓: select one"], in: inner, canvas: &canvas)
            return nil
        }
        guard let map = snapshot.phaseMap, map.request == request, map.condition == ui.setup.condition else {
            note(["computing the phase map…"], in: inner, canvas: &canvas)
            return request
        }
        let marker = PhaseMapView.Marker(learningRate: method.optimizer.learningRate,
                                         momentum: method.kind == .gd ? 0 : method.optimizer.momentum)
        PhaseMapView.draw(map.picture, in: inner, marker: marker, palette: palette, canvas: &canvas)
        return request
    }

    private static func note(_ lines: [String], in rect: Rect, canvas: inout Canvas) {
        for (i, line) in lines.enumerated() where i < rect.height {
            canvas.text(line, in: Rect(x: rect.x + 1, y: rect.y + i, width: rect.width - 1, height: 1),
                        style: CellStyle(foreground: .dimText))
        }
    }
}
