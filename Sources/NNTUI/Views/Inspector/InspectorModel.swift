import NNCore

/// What the inspector shows: the open view, the figures the engine published for it
/// (`Snapshot.inspection`), the network's parameters (the weights view prints them)
/// and the interface's choices (set, threshold, selection). Plain values only.
public struct InspectorModel: Sendable {
    public var view: InspectorView
    /// The engine's figures; nil (or for another view) until it has published them.
    public var inspection: Inspection?
    public var problem: Problem
    /// The network whose parameters the weights view prints, and its input names.
    public var network: Network
    public var inputNames: [String]
    /// The interface's choices for the views.
    public var state: InspectorState

    public init(view: InspectorView, inspection: Inspection?, problem: Problem, network: Network,
                inputNames: [String], state: InspectorState) {
        self.view = view
        self.inspection = inspection
        self.problem = problem
        self.network = network
        self.inputNames = inputNames
        self.state = state
    }

    /// The figures if they belong to the open view.
    public var content: Inspection.Content? {
        guard let inspection, inspection.spec.view == view else { return nil }
        return inspection.content
    }
}
