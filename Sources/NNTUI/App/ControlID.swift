import NNCore

/// The settings and buttons of the controls panel, each a row the student can focus
/// with ↑/↓/Tab (or a click), change with ←/→ and type into with Enter.
///
/// Which rows show depends on the configuration: `classes` only for blobs, each
/// optimizer's own parameters only for that optimizer (see `rows(for:)`).
public enum ControlID: String, CaseIterable, Equatable, Hashable, Sendable {
    case problem, dataset, classes, noise, testRatio, batchSize, regenerate
    case features, hidden, activation, output, initializer
    case optimizer, learningRate, momentum, beta1, beta2, alpha, weightDecay
    case regularization, regularizationRate, seed

    /// One row of the panel: a heading or a control.
    public enum Row: Equatable, Sendable {
        case section(String)
        case control(ControlID)

        /// The control on this row, nil for a heading.
        public var control: ControlID? {
            if case .control(let id) = self { return id }
            return nil
        }
    }

    /// The label shown left of the value.
    public var label: String {
        switch self {
        case .problem: return "problem"
        case .dataset: return "dataset"
        case .classes: return "classes"
        case .noise: return "noise"
        case .testRatio: return "test ratio"
        case .batchSize: return "batch size"
        case .regenerate: return "regenerate data"
        case .features: return "features"
        case .hidden: return "hidden"
        case .activation: return "activation"
        case .output: return "output"
        case .initializer: return "initializer"
        case .optimizer: return "optimizer"
        case .learningRate: return "learning rate"
        case .momentum: return "momentum"
        case .beta1: return "beta1"
        case .beta2: return "beta2"
        case .alpha: return "alpha"
        case .weightDecay: return "weight decay"
        case .regularization: return "regularize"
        case .regularizationRate: return "reg. rate"
        case .seed: return "seed"
        }
    }

    /// Whether this row is a button (Enter or a click does it) rather than a value.
    public var isAction: Bool { self == .regenerate }

    /// Whether changing this setting draws new points (and so drops points added by clicking).
    public var changesData: Bool {
        switch self {
        case .problem, .dataset, .classes, .noise, .testRatio, .regenerate, .seed: return true
        default: return false
        }
    }

    /// The panel's rows for `config`, headings included.
    public static func rows(for config: TrainingConfig) -> [Row] {
        var rows: [Row] = [.section("data"), .control(.problem), .control(.dataset)]
        if config.dataset.kind == .blobs { rows.append(.control(.classes)) }
        rows += [.control(.noise), .control(.testRatio), .control(.batchSize), .control(.regenerate),
                 .section("network"), .control(.features), .control(.hidden), .control(.activation),
                 .control(.output), .control(.initializer),
                 .section("training"), .control(.optimizer), .control(.learningRate)]
        switch config.optimizer.kind {
        case .sgd, .momentum, .nesterov: rows.append(.control(.momentum))
        case .adam: rows += [.control(.beta1), .control(.beta2)]
        case .adamw: rows += [.control(.beta1), .control(.beta2), .control(.weightDecay)]
        case .rmsprop: rows.append(.control(.alpha))
        case .adagrad: break
        }
        rows += [.control(.regularization), .control(.regularizationRate), .control(.seed)]
        return rows
    }

    /// The controls (no headings) for `config`, in panel order.
    public static func focusable(for config: TrainingConfig) -> [ControlID] {
        rows(for: config).compactMap(\.control)
    }
}
