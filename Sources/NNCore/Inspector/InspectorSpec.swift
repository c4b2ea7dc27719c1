/// Which inspector view a screen shows beside the heatmap.
package enum InspectorView: String, CaseIterable, Hashable, Sendable {
    /// Confusion matrix, per-class scores, ROC and threshold (regression: scatter, R², residuals).
    case evaluation
    /// Every weight and bias as a number; one selected, with its history.
    case weights
    /// Per layer: mean |gradient|, weight norm and dead ReLUs over the run.
    case gradientFlow
    /// The input plane mapped through a hidden layer, seen on two of its neurons.
    case hiddenSpace

    /// The view's name on its tab.
    package var title: String {
        switch self {
        case .evaluation: return "evaluation"
        case .weights: return "weights"
        case .gradientFlow: return "gradients"
        case .hiddenSpace: return "hidden space"
        }
    }
}

/// A set of points the evaluation view can show. Every set of `DataSplit` is one case,
/// in the order the selector cycles through them, so a new set slots in as a case here
/// and in `DataSplit.samples(_:)`.
package enum EvaluationSet: String, CaseIterable, Hashable, Sendable {
    case train
    case validation
    case test
}

extension DataSplit {
    /// The points of `set`.
    package func samples(_ set: EvaluationSet) -> [Sample] {
        switch set {
        case .train: return train
        case .validation: return validation
        case .test: return test
        }
    }
}

/// What a screen asks the engine to compute for its inspector: the view and its
/// choices (set, selected weight, hidden layer and neurons). Like a `PictureSpec` it
/// changes what is shown, never the training. (The decision threshold is a setting,
/// `TrainingConfig.threshold`: it changes the figures and is recorded.)
package struct InspectorSpec: Hashable, Sendable {
    package var view: InspectorView
    /// The set the evaluation view scores.
    package var set: EvaluationSet
    /// The weight whose history the weights view draws.
    package var selected: ParameterAddress
    /// Hidden space: the hidden layer (0 = first) and its two neurons shown.
    package var hiddenLayer: Int
    package var neurons: [Int]

    package init(view: InspectorView, set: EvaluationSet = .train,
                selected: ParameterAddress = ParameterAddress(layer: 0, neuron: 0, input: 0),
                hiddenLayer: Int = 0, neurons: [Int] = [0, 1]) {
        self.view = view
        self.set = set
        self.selected = selected
        self.hiddenLayer = hiddenLayer
        self.neurons = neurons
    }
}
