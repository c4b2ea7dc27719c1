import NNCore

/// ← and → on a control: choices cycle round, numbers step along their ladders and
/// stop at the ends, the hidden layers lose or gain a layer, the features step through
/// a few useful sets (single features toggle with the keys 1–7 or a click).
extension ControlID {
    /// Handy sets of features, in the order → visits them.
    public static let featurePresets: [[Feature]] = [
        [.x1, .x2], [.x1, .x2, .x1Squared, .x2Squared], [.x1Squared, .x2Squared], [.x1, .x2, .x1TimesX2],
        [.x1TimesX2], [.x1, .x2, .sinX1, .sinX2], Feature.allCases,
    ]

    /// Hidden-layer size given to a layer added with → (or the + buttons).
    public static let newLayerNeurons = 4
    /// The most neurons the + buttons give a layer (TensorFlow Playground's 8; typing allows more).
    public static let buttonNeuronLimit = 8

    /// `c` with this control moved one step (`direction` +1 for →, −1 for ←); nil when
    /// there is nothing to change (an end of a ladder, a disabled control, a button).
    public func stepped(_ c: TrainingConfig, by direction: Int, csv: CSVChoice?) -> TrainingConfig? {
        guard isEnabled(c), direction != 0 else { return nil }
        var n = c
        func ladder(_ value: Double, _ ladder: Ladder, _ set: (inout TrainingConfig, Double) -> Void) -> TrainingConfig? {
            guard let next = ladder.step(value, by: direction) else { return nil }
            set(&n, next)
            return n
        }
        switch self {
        case .problem:
            let toRegression = ProblemRules.problem(for: c.dataset, csv: csv?.problem).isClassification
            return ProblemRules.switching(c, to: toRegression ? .regPlane : .circle, csvPath: nil, csv: csv?.problem)
        case .dataset:
            var kinds: [DatasetKind?] = DatasetKind.allCases
            if csv != nil { kinds.append(nil) }
            let index = kinds.firstIndex { $0 == c.dataset.kind } ?? 0
            let next = kinds[(index + (direction > 0 ? 1 : kinds.count - 1)) % kinds.count]
            return ProblemRules.switching(c, to: next, csvPath: csv?.path, csv: csv?.problem)
        case .classes:
            let classes = c.dataset.classes + direction.signum()
            guard DatasetGenerator.blobClassRange.contains(classes) else { return nil }
            n.dataset.classes = classes
            return ProblemRules.adapting(n, from: .classification(classes: c.dataset.classes),
                                         to: .classification(classes: classes))
        case .noise: return ladder(c.dataset.noise, .noise) { $0.dataset.noise = $1 }
        case .testRatio: return ladder(c.dataset.testRatio, .testRatio) { $0.dataset.testRatio = $1 }
        case .batchSize:
            return ladder(Double(min(c.batchSize, 1000)), .batchSize) { $0.batchSize = Int($1) }
        case .regenerate: return nil
        case .features:
            let presets = ControlID.featurePresets
            let index = presets.firstIndex(of: c.features)
            let next = index.map { ($0 + (direction > 0 ? 1 : presets.count - 1)) % presets.count }
                ?? (direction > 0 ? 0 : presets.count - 1)
            n.features = presets[next]
        case .hidden:
            if direction > 0 {
                guard c.hiddenLayers.count < TrainingConfig.Limits.maxHiddenLayers else { return nil }
                n.hiddenLayers.append(c.hiddenLayers.last ?? ControlID.newLayerNeurons)
            } else {
                guard !c.hiddenLayers.isEmpty else { return nil }
                n.hiddenLayers.removeLast()
            }
        case .activation: n.activation = c.activation.cycled(direction)
        case .output:
            let choices = ProblemRules.outputChoices(for: ProblemRules.problem(for: c.dataset, csv: csv?.problem))
            let index = choices.firstIndex { $0.head == c.output && $0.loss == c.loss }
            let next = index.map { ($0 + (direction > 0 ? 1 : choices.count - 1)) % choices.count } ?? 0
            n.output = choices[next].head
            n.loss = choices[next].loss
        case .initializer: n.initializer = c.initializer.cycled(direction)
        case .optimizer: n.optimizer = ControlID.switching(c.optimizer, to: c.optimizer.kind.cycled(direction))
        case .learningRate: return ladder(c.optimizer.learningRate, .learningRate) { $0.optimizer.learningRate = $1 }
        case .momentum: return ladder(c.optimizer.momentum, .momentum) { $0.optimizer.momentum = $1 }
        case .beta1: return ladder(c.optimizer.beta1, .beta1) { $0.optimizer.beta1 = $1 }
        case .beta2: return ladder(c.optimizer.beta2, .beta2) { $0.optimizer.beta2 = $1 }
        case .alpha: return ladder(c.optimizer.alpha, .alpha) { $0.optimizer.alpha = $1 }
        case .weightDecay: return ladder(c.optimizer.weightDecay, .weightDecay) { $0.optimizer.weightDecay = $1 }
        case .regularization:
            let choice = RegularizationChoice(c.regularization).cycled(direction)
            n.regularization = choice.regularization(from: c.regularization)
        case .regularizationRate:
            let choice = RegularizationChoice(c.regularization)
            guard let rate = choice.rate(c.regularization), let ladder = choice.ladder,
                  let next = ladder.step(rate, by: direction) else { return nil }
            n.regularization = choice.regularization(rate: next)
        case .seed:
            if direction < 0 && c.seed == 0 { return nil }
            n.seed = direction > 0 ? c.seed &+ 1 : c.seed - 1
        }
        return n
    }

    /// `optimizer` switched to `kind` as the panel does it: plain SGD means no momentum
    /// (as `--optimizer sgd` does); momentum and Nesterov turn momentum on (0.9).
    static func switching(_ optimizer: OptimizerConfig, to kind: OptimizerKind) -> OptimizerConfig {
        var o = optimizer
        o.kind = kind
        if kind == .sgd {
            o.momentum = 0
            o.nesterov = false
        } else if kind != .nesterov {
            o.nesterov = false
        }
        return o
    }
}

extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    /// The case after this one (`direction` > 0) or before it, wrapping round.
    func cycled(_ direction: Int) -> Self {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + (direction >= 0 ? 1 : all.count - 1)) % all.count]
    }
}
