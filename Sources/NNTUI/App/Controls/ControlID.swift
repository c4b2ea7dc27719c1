import NNCore

/// The settings and buttons of the controls panel, each a row the student can focus
/// with ↑/↓/Tab (or a click), change with ←/→ and type into with Enter. Each row but
/// the `regenerate` button is an entry of the table of settings (`setting`), which
/// gives its label, value text, ladder, parsing and stepping; this type only says
/// which rows the panel shows, in which order.
///
/// Which rows show depends on the configuration: `classes` only for blobs, each
/// optimizer's own parameters only for that optimizer (see `rows(for:more:)`). The
/// `extraControls` (input scaling, points, schedule, clipping, shuffling) show in a last
/// section, `more`, when the app asks for them.
package enum ControlID: String, CaseIterable, Equatable, Hashable, Sendable {
    case problem, dataset, classes, noise, testRatio, batchSize, regenerate
    case features, hidden, activation, output, initializer
    case optimizer, learningRate, momentum, beta1, beta2, alpha, weightDecay, population, sigma, mutationRate
    case regularization, regularizationRate, seed
    case validationRatio, patience
    case scale, points, schedule, scheduleGamma, scheduleStep, clip, shuffle

    /// One row of the panel: a heading or a control.
    package enum Row: Equatable, Sendable {
        case section(String)
        case control(ControlID)

        /// The control on this row, nil for a heading.
        package var control: ControlID? {
            if case .control(let id) = self { return id }
            return nil
        }
    }

    /// The entry of the table of settings this row shows and changes; nil for the
    /// `regenerate` button, which is an action rather than a setting.
    package var setting: Setting? {
        switch self {
        case .problem: return Settings.problem
        case .dataset: return Settings.dataset
        case .classes: return Settings.classes
        case .noise: return Settings.noise
        case .testRatio: return Settings.testRatio
        case .validationRatio: return Settings.validationRatio
        case .batchSize: return Settings.batch
        case .regenerate: return nil
        case .features: return Settings.features
        case .hidden: return Settings.hidden
        case .activation: return Settings.activation
        case .output: return Settings.output
        case .initializer: return Settings.initializer
        case .optimizer: return Settings.optimizer
        case .learningRate: return Settings.learningRate
        case .momentum: return Settings.momentum
        case .beta1: return Settings.beta1
        case .beta2: return Settings.beta2
        case .alpha: return Settings.alpha
        case .weightDecay: return Settings.weightDecay
        case .population: return Settings.population
        case .sigma: return Settings.sigma
        case .mutationRate: return Settings.mutationRate
        case .regularization: return Settings.regularization
        case .regularizationRate: return Settings.regularizationRate
        case .patience: return Settings.patience
        case .seed: return Settings.seed
        case .scale: return Settings.scale
        case .points: return Settings.points
        case .schedule: return Settings.schedule
        case .scheduleGamma: return Settings.scheduleGamma
        case .scheduleStep: return Settings.scheduleStep
        case .clip: return Settings.clip
        case .shuffle: return Settings.shuffle
        }
    }

    /// The label shown left of the value: the setting's, from the table.
    package var label: String { setting?.label ?? "regenerate data" }

    /// Whether this row is a button (Enter or a click does it) rather than a value.
    package var isAction: Bool { self == .regenerate }

    /// Whether changing this setting draws new points (and so drops points added by clicking).
    package var changesData: Bool {
        switch self {
        case .problem, .dataset, .classes, .noise, .testRatio, .validationRatio, .scale, .points, .regenerate, .seed:
            return true
        default: return false
        }
    }

    /// The panel's rows for `config`, headings included, with the `more` section of
    /// those `extraControls` given (none: no section).
    package static func rows(for config: TrainingConfig, more: [ControlID] = []) -> [Row] {
        // Which optional rows show (classes, each optimizer's parameters) is the table's
        // rule, `Setting.isOnPanel`, which `nnplay lesson check` holds lessons to.
        func shown(_ ids: [ControlID]) -> [Row] {
            ids.filter { $0.setting?.isOnPanel(for: config) ?? true }.map { .control($0) }
        }
        var rows: [Row] = [.section("data")] + shown([.problem, .dataset, .classes])
        rows += [.control(.noise), .control(.testRatio)] + shown([.batchSize]) + [.control(.regenerate),
                 .section("network"), .control(.features), .control(.hidden), .control(.activation),
                 .control(.output), .control(.initializer),
                 .section("training"), .control(.optimizer)]
        rows += shown([.learningRate, .momentum, .beta1, .beta2, .weightDecay, .alpha, .population, .sigma, .mutationRate])
        rows += [.control(.regularization), .control(.regularizationRate), .control(.seed)]
        // Last, so that the rows above keep their places.
        rows += validationRows
        let moreShown = shown(more)
        if !moreShown.isEmpty { rows += [.section("more")] + moreShown }
        return rows
    }

    /// Settings of lessons and flags beyond TensorFlow Playground's panel, in the
    /// order of the `more` section: shown where a lesson step lets the student change
    /// them, or where they are away from their defaults (see `AppState.moreControls`).
    package static let extraControls: [ControlID] = [.scale, .points, .schedule, .scheduleGamma, .scheduleStep, .clip,
                                                     .shuffle]

    /// The validation set and early stopping, last on the panel: rows a small panel
    /// may leave out until the focus moves down to them (`ControlsModel.optionalTail`).
    package static let validationRows: [Row] = [.section("validation"), .control(.validationRatio), .control(.patience)]

    /// The controls (no headings) for `config`, in panel order.
    package static func focusable(for config: TrainingConfig, more: [ControlID] = []) -> [ControlID] {
        rows(for: config, more: more).compactMap(\.control)
    }
}
