import NNCore

/// What the inspector shows: the open view, the figures the engine published for it
/// (`Snapshot.inspection`), the network's parameters (the weights view prints them)
/// and the interface's choices (set, threshold, selection). Plain values only.
package struct InspectorModel: Sendable {
    package var view: InspectorView
    /// The engine's figures; nil (or for another view) until it has published them.
    package var inspection: Inspection?
    package var problem: Problem
    /// The network whose parameters the weights view prints, and its input names.
    package var network: Network
    package var inputNames: [String]
    /// The interface's choices for the views.
    package var state: InspectorState

    package init(view: InspectorView, inspection: Inspection?, problem: Problem, network: Network,
                inputNames: [String], state: InspectorState) {
        self.view = view
        self.inspection = inspection
        self.problem = problem
        self.network = network
        self.inputNames = inputNames
        self.state = state
    }

    /// The figures if they belong to the open view.
    package var content: Inspection.Content? {
        guard let inspection, inspection.spec.view == view else { return nil }
        return inspection.content
    }
}
