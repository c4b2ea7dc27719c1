/// The numbers an inspector view draws, computed from the network and the data by
/// `InspectorPainter` (on the engine's thread while training, synchronously in a
/// headless replay) and carried on the snapshot: the view only draws them.
package struct Inspection: Equatable, Sendable {
    /// The figures of each view.
    package enum Content: Equatable, Sendable {
        case evaluation(EvaluationInspection)
        /// The selected parameter's history (the values themselves are the snapshot's network).
        case weights(HalvingSeries<Double>)
        /// Per recorded epoch, one `LayerFlow` per weight layer (input side first).
        case gradientFlow(HalvingSeries<[LayerFlow]>)
        /// Nil when the network has no hidden layer to look into.
        case hiddenSpace(HiddenSpaceInspection?)
    }

    /// What was asked for.
    package let spec: InspectorSpec
    /// The state version they were computed at (`PlaygroundState.version`).
    package let version: Int
    package let content: Content

    package init(spec: InspectorSpec, version: Int, content: Content) {
        self.spec = spec
        self.version = version
        self.content = content
    }
}
