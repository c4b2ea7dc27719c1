import NNCore
import NNSession

/// Clicks, mapped through the click targets of the frame on screen:
/// - a control row: focuses it; a click on the focused row steps its value (→, or ←
///   with the right button); a button row does its action;
/// - an input feature: switches it on or off;
/// - − and + above the layers: one hidden layer fewer or more; above a layer: one
///   neuron fewer or more;
/// - the heatmap: adds a training point there, of the click class (`c`; class 1 at
///   first), or with Shift or the right button of the other class (class 0, or 1 if
///   the click class is 0); for regression +1, or −1.
extension AppState {
    mutating func click(column: Int, row: Int, secondary: Bool, context: AppContext) -> [Command] {
        guard let target = context.hits.target(column: column, row: row) else { return [] }
        switch target {
        case .control(let index):
            let rows = self.rows
            guard rows.indices.contains(index), let control = rows[index].control else { return [] }
            if control.isAction {
                focus = control
                return trigger(control)
            }
            if focus == control { return stepFocused(by: secondary ? -1 : 1) }
            focus = control
            return []
        case .feature(let index):
            guard Feature.allCases.indices.contains(index) else { return [] }
            return toggleFeature(Feature.allCases[index])
        case .addLayer: return changeLayers(by: 1)
        case .removeLayer: return changeLayers(by: -1)
        case .addNeuron(let layer): return changeNeurons(layer: layer, by: 1)
        case .removeNeuron(let layer): return changeNeurons(layer: layer, by: -1)
        case .heatmap:
            guard let rect = context.heatmap,
                  let point = HeatmapView.domainPoint(column: column, row: row, in: rect) else { return [] }
            let label: Double
            switch problem {
            case .classification:
                label = Double(secondary ? (clickClass == 0 ? 1 : 0) : clickClass)
            case .regression:
                label = secondary ? -1 : 1
            }
            addedPoints += 1
            return [.addPoint(Sample(x1: point.x1, x2: point.x2, label: label))]
        case .inspectorTab, .evaluationSet, .threshold, .parameter:
            return clickInspector(target)
        }
    }
}
