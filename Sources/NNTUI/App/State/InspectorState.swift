import NNCore
import NNSession

/// What the interface knows of the inspector beside the heatmap: which view is open
/// (none by default, so the playground looks as it always did), and each view's
/// choices. Part of `AppState`; the engine learns it as an `InspectorSpec` with the
/// picture request (never a command: it changes what is shown, not the training).
/// The evaluation view's decision threshold is not here: it is a setting
/// (`Settings.threshold`), changed by a recorded `configure`.
package struct InspectorState: Equatable, Sendable {
    /// The view shown; nil while the inspector is closed.
    package var view: InspectorView?
    /// The set the evaluation view scores (`v` cycles through `EvaluationSet.allCases`).
    package var set: EvaluationSet = .train
    /// The weight the weights view selects (its history is drawn; Enter types a new value).
    package var selected = ParameterAddress(layer: 0, neuron: 0, input: 0)
    /// While true the arrows move `selected` instead of the controls' focus (`w`; Esc ends it).
    package var selecting = false
    /// The value being typed for `selected`.
    package var weightEdit: TextEdit?
    /// Hidden space: the hidden layer (0 = first) and its two neurons shown.
    package var hiddenLayer = 0
    package var neurons = [0, 1]

    package init() {}

    /// What to ask the engine for; nil while closed.
    package var spec: InspectorSpec? {
        view.map {
            InspectorSpec(view: $0, set: set, selected: selected, hiddenLayer: hiddenLayer, neurons: neurons)
        }
    }

    /// Whether `snapshot` carries the figures this state asks for (or none are asked
    /// for); the run loop draws again once they arrive.
    package func isCurrent(in snapshot: Snapshot) -> Bool {
        spec == nil || snapshot.inspection?.spec == spec
    }

    /// The next view for `i`: closed → evaluation → weights → gradients → hidden space → closed.
    mutating func cycleView() {
        let closedThenViews = [nil] + InspectorView.allCases.map(Optional.some)
        view = closedThenViews.element(after: view, wrapping: 1)
        if view != .weights { selecting = false }
    }

    /// Keeps the selection and the hidden-space choice inside a network of layer
    /// `sizes` ([inputs, hidden…, outputs]) after its shape changed.
    mutating func clamp(to sizes: [Int]) {
        let layers = sizes.count - 1
        var s = selected
        s.layer = min(max(s.layer, 0), layers - 1)
        s.neuron = min(max(s.neuron, 0), sizes[s.layer + 1] - 1)
        if let input = s.input { s.input = min(max(input, 0), sizes[s.layer] - 1) }
        selected = s
        let hidden = max(0, layers - 1)
        hiddenLayer = min(max(hiddenLayer, 0), max(0, hidden - 1))
        let width = hidden > 0 ? sizes[hiddenLayer + 1] : 0
        if width >= 2 {
            neurons = neurons.map { min($0, width - 1) }
            if neurons[0] == neurons[1] { neurons = [0, 1] }
        } else {
            neurons = [0, 0]
        }
    }
}

extension AppState {
    /// The screen's layout at `size` with what this state opens (a lesson, the inspector).
    package func layout(for size: Size) -> Layout {
        Layout.make(for: size, lesson: lesson != nil, inspector: inspector.view != nil)
    }
}
