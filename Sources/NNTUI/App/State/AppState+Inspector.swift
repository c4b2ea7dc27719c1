import NNCore
import NNSession

/// The inspector's keys (see `InspectorState`):
///
/// | key | does |
/// |---|---|
/// | `i` | next inspector view: evaluation, weights, gradients, hidden space, closed |
/// | `v` | evaluation: next set (train, validation, test) |
/// | `[` `]` | evaluation: threshold −/+ 0.05; hidden space: previous/next hidden layer |
/// | `<` `>` | hidden space: previous/next pair of neurons |
/// | `w` | weights: select a weight with the arrows (Esc: the arrows move the controls again) |
/// | Enter | while selecting a weight: type its new value (sent as `Command.setWeight`) |
///
/// Clicks on the inspector (a tab, a set, the ROC curve, a weight): `clickInspector`.
extension AppState {
    /// The state's inspector keys; nil when `event` is not one of them (the playground's keys then apply).
    mutating func handleInspectorKey(_ event: InputEvent) -> [Command]? {
        if inspector.selecting && inspector.view == .weights {
            switch event {
            case .up: moveSelection(rows: -1); return []
            case .down: moveSelection(rows: 1); return []
            case .left: moveSelection(columns: -1); return []
            case .right: moveSelection(columns: 1); return []
            case .enter:
                inspector.weightEdit = TextEdit(text: "")
                return []
            case .escape:
                inspector.selecting = false
                message = nil
                return []
            default: break
            }
        }
        guard case .character(let raw) = event else { return nil }
        let key = raw.isASCII ? Character(raw.lowercased()) : raw
        switch (key, inspector.view) {
        case ("i", _):
            inspector.cycleView()
            inspector.clamp(to: config.layerSizes(for: problem))
            message = inspector.view.map { "inspector: \($0.title) (i: next view)" } ?? "inspector closed"
        case ("v", .evaluation):
            inspector.set = EvaluationSet.allCases.element(after: inspector.set, wrapping: 1)
            message = "evaluating the \(inspector.set.rawValue) set"
        case ("[", .evaluation), ("]", .evaluation):
            return moveThreshold(by: key == "[" ? -1 : 1)
        case ("[", .hiddenSpace), ("]", .hiddenSpace):
            inspector.hiddenLayer += key == "[" ? -1 : 1
            inspector.clamp(to: config.layerSizes(for: problem))
        case ("<", .hiddenSpace), (">", .hiddenSpace):
            cycleNeurons(by: key == "<" ? -1 : 1)
        case ("w", .weights):
            inspector.selecting.toggle()
            message = inspector.selecting ? "arrows select a weight, Enter types its value, Esc ends" : nil
        default:
            return nil
        }
        return []
    }

    /// Typing a weight's value: Enter sends it (a finite number) as `setWeight`, Esc cancels.
    mutating func handleWeightEdit(_ event: InputEvent) -> [Command] {
        guard var edit = inspector.weightEdit else { return [] }
        switch event {
        case .character(let c):
            guard edit.text.count < AppState.maxEditLength else { return [] }
            edit = TextEdit(text: edit.text + String(c))
        case .backspace:
            edit = TextEdit(text: String(edit.text.dropLast()))
        case .escape:
            inspector.weightEdit = nil
            return []
        case .enter:
            guard let value = Double(edit.text.trimmedSpaces), value.isFinite else {
                edit.problem = "not a number"
                inspector.weightEdit = edit
                return []
            }
            inspector.weightEdit = nil
            let s = inspector.selected
            message = "\(s.label) = \(edit.text)"
            return [.setWeight(layer: s.layer, neuron: s.neuron, input: s.input, value: value)]
        default:
            return []
        }
        inspector.weightEdit = edit
        return []
    }

    /// ↑/↓ while selecting: the same column of the previous/next neuron, across layers
    /// (the bias column stays the bias; an input column is kept inside the layer).
    mutating func moveSelection(rows delta: Int) {
        let sizes = config.layerSizes(for: problem)
        let rows = (0..<(sizes.count - 1)).flatMap { l in (0..<sizes[l + 1]).map { (l, $0) } }
        let s = inspector.selected
        guard let index = rows.firstIndex(where: { $0 == (s.layer, s.neuron) }) else { return }
        let (layer, neuron) = rows[min(max(index + delta, 0), rows.count - 1)]
        let input = s.input.map { min($0, sizes[layer] - 1) }
        inspector.selected = ParameterAddress(layer: layer, neuron: neuron, input: input)
    }

    /// ←/→ while selecting: the previous/next input of the neuron; the bias comes last.
    mutating func moveSelection(columns delta: Int) {
        let sizes = config.layerSizes(for: problem)
        let s = inspector.selected
        let column = min(max((s.input ?? sizes[s.layer]) + delta, 0), sizes[s.layer])
        inspector.selected.input = column == sizes[s.layer] ? nil : column
    }

    /// `<`/`>`: the previous/next pair (i, j), i < j, of the hidden layer's neurons.
    mutating func cycleNeurons(by delta: Int) {
        let sizes = config.layerSizes(for: problem)
        guard sizes.count > 2 else { return }
        let width = sizes[inspector.hiddenLayer + 1]
        let pairs = (0..<width).flatMap { i in ((i + 1)..<max(i + 1, width)).map { [i, $0] } }
        guard !pairs.isEmpty else { return }
        inspector.neurons = pairs.element(after: inspector.neurons, wrapping: delta)
    }

    /// `[` and `]` in the evaluation view: the threshold setting one rung (0.05) down or
    /// up, sent like any change of settings (a recorded `configure`: the same network,
    /// re-scored; a lesson may lock it).
    mutating func moveThreshold(by direction: Int) -> [Command] {
        guard config.twoClassThreshold(for: problem) != nil else {
            message = "the threshold applies to two classes"
            return []
        }
        guard let changes = Settings.threshold.stepped(config, by: direction, csv: csv) else { return [] }
        return setThreshold(config.applying(changes, csv: csv))
    }

    /// Sends `new` (the configuration with another threshold) and says what it means.
    private mutating func setThreshold(_ new: TrainingConfig) -> [Command] {
        let commands = propose(new)
        if !commands.isEmpty {
            message = "threshold \(NumberText.fixed(new.threshold, digits: 2)): score ≥ it is class 1"
        }
        return commands
    }

    /// A click on the inspector: a tab opens its view, a set is chosen, a column of the
    /// ROC plot sets the threshold of the curve's point there (a recorded change of the
    /// setting), a weight is selected.
    mutating func clickInspector(_ target: HitTarget) -> [Command] {
        switch target {
        case .inspectorTab(let view): inspector.view = view
        case .evaluationSet(let set): inspector.set = set
        case .threshold(let value):
            guard config.twoClassThreshold(for: problem) != nil else { return [] }
            return setThreshold(config.applying([Settings.threshold.change(.number(value))], csv: csv))
        case .parameter(let address):
            inspector.selected = address
            inspector.selecting = true
        default: break
        }
        return []
    }
}
