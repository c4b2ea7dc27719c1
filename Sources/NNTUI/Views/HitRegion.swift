import NNCore

/// Something on screen a mouse click can mean.
package enum HitTarget: Equatable, Hashable, Sendable {
    /// Row `index` of the controls panel.
    case control(Int)
    /// Input feature `index` of the network view's feature list (toggles it).
    case feature(Int)
    case addLayer
    case removeLayer
    /// Add or remove a neuron of hidden layer `layer` (0 = nearest the inputs).
    case addNeuron(layer: Int)
    case removeNeuron(layer: Int)
    /// The heatmap's plot area: map the cell with `HeatmapView.domainPoint`.
    case heatmap
    /// An inspector tab: shows that view.
    case inspectorTab(InspectorView)
    /// The evaluation view's set selector.
    case evaluationSet(EvaluationSet)
    /// A column of the ROC plot: the threshold of the curve's point there.
    case threshold(Double)
    /// A weight or bias of the weights view: selects it.
    case parameter(ParameterAddress)
}

/// A rectangle of the screen and what clicking in it means; views return these from
/// `draw` so the app can map mouse events without knowing the layout's details.
package struct HitRegion: Equatable, Sendable {
    package var rect: Rect
    package var target: HitTarget

    package init(rect: Rect, target: HitTarget) {
        self.rect = rect
        self.target = target
    }
}

extension Array where Element == HitRegion {
    /// The target under (column, row): the last region drawn there wins (overlays come last).
    package func target(column: Int, row: Int) -> HitTarget? {
        last { $0.rect.contains(column: column, row: row) }?.target
    }
}
