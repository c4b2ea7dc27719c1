/// The network settings: inputs, hidden layers, activation, output, loss, initial weights.
extension Settings {
    /// Handy sets of features, in the order → visits them (single features toggle with
    /// the keys 1–7 or a click).
    package static let featurePresets: [[Feature]] = [
        [.x1, .x2], [.x1, .x2, .x1Squared, .x2Squared], [.x1Squared, .x2Squared], [.x1, .x2, .x1TimesX2],
        [.x1TimesX2], [.x1, .x2, .sinX1, .sinX2], Feature.allCases,
    ]

    /// Neurons of a hidden layer added with → when there is none to copy.
    package static let newLayerNeurons = 4

    package static let features = Setting(
        key: "features", label: "features",
        help: "Input features, comma-separated: \(Feature.allCases.map(\.rawValue).joined(separator: ", "))",
        valueName: "list", kind: .features,
        read: { .features($0.features) },
        write: { c, v in if case .features(let f) = v { c.features = f } },
        step: { setting, c, direction, _ in
            let presets = featurePresets
            let next = presets.firstIndex(of: c.features).map { $0 + (direction > 0 ? 1 : -1) } ?? (direction > 0 ? 0 : -1)
            return [setting.change(.features(presets[wrapping: next]))]
        })

    package static let hidden = Setting(
        key: "hidden", label: "hidden",
        help: "Neurons per hidden layer, comma-separated, or 'none'; "
            + "at most \(TrainingConfig.Limits.maxHiddenLayers) layers of 1 to \(TrainingConfig.Limits.maxNeurons)",
        valueName: "sizes", kind: .layers,
        read: { .layers($0.hiddenLayers) },
        write: { c, v in if case .layers(let h) = v { c.hiddenLayers = h } },
        step: { setting, c, direction, _ in
            var layers = c.hiddenLayers
            if direction > 0 {
                guard layers.count < TrainingConfig.Limits.maxHiddenLayers else { return nil }
                layers.append(layers.last ?? newLayerNeurons)
            } else {
                guard !layers.isEmpty else { return nil }
                layers.removeLast()
            }
            return [setting.change(.layers(layers))]
        })

    package static let activation = Setting(
        key: "activation", label: "activation", help: "Activation of the hidden layers", kind: .choice(of: Activation.self),
        read: { .name($0.activation.rawValue) }, write: { c, v in c.activation = v.choice() })

    package static let output = Setting(
        key: "output", label: "output", help: "Output layer",
        defaultNote: "(default: sigmoid for two classes, softmax for more, linear for regression)",
        kind: .choice(of: OutputHead.self),
        read: { .name($0.output.rawValue) }, write: { c, v in c.output = v.choice() },
        implies: Implications.naturalLoss,
        step: { setting, c, direction, csv in
            let choices = OutputChoice.all(for: c.dataset.builtInProblem ?? csv?.problem ?? .classification(classes: 2))
            let index = choices.firstIndex { $0.head == c.output && $0.loss == c.loss }
            let next = index.map { choices[wrapping: $0 + (direction > 0 ? 1 : -1)] } ?? choices[0]
            return [setting.change(.name(next.head.rawValue)), loss.change(.name(next.loss.rawValue))]
        })

    package static let loss = Setting(
        key: "loss", label: "loss", help: "Loss", defaultNote: "(default: the one that goes with the output)",
        kind: .choice(of: LossKind.self), fronts: [.flag, .lesson],
        read: { .name($0.loss.rawValue) }, write: { c, v in c.loss = v.choice() })

    package static let initializer = Setting(
        key: "init", aliases: ["initializer"], label: "initializer", help: "How the weights are drawn",
        kind: .choice(of: Initializer.self),
        read: { .name($0.initializer.rawValue) }, write: { c, v in c.initializer = v.choice() })
}
