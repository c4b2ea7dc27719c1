/// Computes `Inspection`s: the one function behind every inspector view, used by the
/// engine's thread while training and by the headless replay and tests.
///
/// Pure apart from what it remembers between calls, which is what makes two views
/// possible at a bounded cost:
/// - Gradient flow is measured (a full-batch forward and backward pass over the
///   training points) when the network has finished an epoch the painter has not
///   seen yet: while that view is asked for, and also while it is closed when the
///   caller asks (`recordGradientFlow`; the engine does so at most once a frame, so
///   the history covers the whole run when the view opens). The figures go into a
///   `HalvingSeries`, so a long run costs a bounded array.
/// - The selected weight's value is recorded each time a new step is inspected while
///   the weights view is open.
/// Both histories start again when the network is rebuilt or reset (its shape
/// changes or its step count goes back).
package struct InspectorPainter: Sendable {
    private var flow = HalvingSeries<[LayerFlow]>()
    private var flowLayout: NetworkLayout?
    private var weightHistory = HalvingSeries<Double>()
    private var weightKey: (ParameterAddress, NetworkLayout)?
    private var lastStep = -1
    /// The inspection returned last.
    package private(set) var latest: Inspection?
    /// How many times the painter has computed an inspection (returning `latest` again does not count).
    package private(set) var inspections = 0

    package init() {}

    /// The inspection `spec` asks for of `network` (inputs `features`, trained with
    /// `loss` on `split` for `problem`, two classes called at `threshold`, at its own
    /// `step` and `epoch`), tagged with the state `version`; the previous one if it was
    /// for the same version and spec (a new threshold is a command, so a new version).
    package mutating func inspection(of network: Network, features: [Feature], loss: LossKind, problem: Problem,
                                    threshold: Double, split: DataSplit, step: Int, epoch: Int, spec: InspectorSpec,
                                    version: Int) -> Inspection {
        if let latest, latest.version == version, latest.spec == spec { return latest }
        observe(step: step)
        let content: Inspection.Content
        switch spec.view {
        case .evaluation:
            content = .evaluation(EvaluationInspection(network: network, features: features, problem: problem,
                                                       samples: split.samples(spec.set), set: spec.set,
                                                       threshold: threshold))
        case .weights:
            content = .weights(recordWeight(network, address: spec.selected, step: step))
        case .gradientFlow:
            measureFlow(network, features: features, loss: loss, problem: problem, split: split, epoch: epoch)
            content = .gradientFlow(flow)
        case .hiddenSpace:
            content = .hiddenSpace(HiddenSpaceInspection(network: network, features: features, samples: split.train,
                                                         layer: spec.hiddenLayer, neurons: spec.neurons))
        }
        let inspection = Inspection(spec: spec, version: version, content: content)
        inspections += 1
        latest = inspection
        return inspection
    }

    /// Adds the gradient flow of `network` (inputs `features`, trained with `loss` on
    /// `split` for `problem`, at its own `step` and `epoch`) to the history if that
    /// epoch is not in it yet, whatever view is open; returns whether it measured.
    @discardableResult
    package mutating func recordGradientFlow(of network: Network, features: [Feature], loss: LossKind,
                                             problem: Problem, split: DataSplit, step: Int, epoch: Int) -> Bool {
        observe(step: step)
        return measureFlow(network, features: features, loss: loss, problem: problem, split: split, epoch: epoch)
    }

    /// The flow of a new epoch measured into the history (a new shape starts it again).
    @discardableResult
    private mutating func measureFlow(_ network: Network, features: [Feature], loss: LossKind, problem: Problem,
                                      split: DataSplit, epoch: Int) -> Bool {
        if flowLayout != network.layout {
            flow = HalvingSeries()
            flowLayout = network.layout
        }
        guard flow.last.map({ epoch > $0 }) ?? true else { return false }
        let inputs = FeatureMatrix(samples: split.train, features: features)
        let layers = GradientFlow.measure(network: network, inputs: inputs, problem: problem, loss: loss)
        if !layers.isEmpty { flow.record(layers, at: epoch) }
        return true
    }

    /// Forgets the histories when the network's step count went back (a new or reset network).
    private mutating func observe(step: Int) {
        if step < lastStep { restart() }
        lastStep = step
    }

    /// The selected parameter's history with its value at `step` added.
    private mutating func recordWeight(_ network: Network, address: ParameterAddress,
                                       step: Int) -> HalvingSeries<Double> {
        if weightKey.map({ $0.0 != address || $0.1 != network.layout }) ?? true {
            weightHistory = HalvingSeries()
            weightKey = (address, network.layout)
        }
        if let index = address.index(in: network.layout) {
            let value = network.parameters[index]
            // A new step, or a value typed in at the same step (`Command.setWeight`).
            guard weightHistory.last.map({ step > $0 }) ?? true
                    || weightHistory.entries.last?.value != value else { return weightHistory }
            weightHistory.record(value, at: step)
        }
        return weightHistory
    }

    /// Forgets both histories (a new or reset network).
    private mutating func restart() {
        flow = HalvingSeries()
        flowLayout = nil
        weightHistory = HalvingSeries()
        weightKey = nil
    }
}
