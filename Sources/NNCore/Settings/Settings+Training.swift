/// The training settings: update rule and its hyperparameters, learning-rate
/// schedule, clipping, regularization and shuffling.
extension Settings {
    package static let optimizer = Setting(
        key: "optimizer", label: "optimizer", help: "Update rule", kind: .choice(of: OptimizerKind.self),
        read: { .name($0.optimizer.kind.rawValue) }, write: { c, v in c.optimizer.kind = v.choice() },
        implies: Implications.optimizerKind)

    package static let learningRate = Setting(
        key: "lr", aliases: ["learning-rate"], label: "learning rate", help: "Learning rate, above 0",
        valueName: "rate", kind: .number, range: .positive, ladder: .learningRate,
        read: { .number($0.optimizer.learningRate) },
        write: { c, v in c.optimizer.learningRate = v.number ?? c.optimizer.learningRate })

    package static let momentum = Setting(
        key: "momentum", label: "momentum", help: "Momentum of sgd, momentum and nesterov, in [0, 1)",
        defaultNote: "(default 0.9 for momentum and nesterov, otherwise 0)", valueName: "mu", kind: .number,
        range: .unitInterval,
        ladder: .momentum, followsOptimizer: true,
        read: { .number($0.optimizer.momentum) }, write: { c, v in c.optimizer.momentum = v.number ?? c.optimizer.momentum })

    package static let nesterov = Setting(
        key: "nesterov", label: "nesterov", help: "Use Nesterov's look-ahead with momentum (needs --momentum above 0)",
        defaultNote: "", kind: .flag, fronts: [.flag, .lesson], followsOptimizer: true,
        read: { .flag($0.optimizer.nesterov) }, write: { c, v in if case .flag(let on) = v { c.optimizer.nesterov = on } })

    package static let beta1 = Setting(
        key: "beta1", label: "beta1", help: "Adam's first-moment decay, in [0, 1)", valueName: "b1", kind: .number,
        range: .unitInterval,
        ladder: .beta1, followsOptimizer: true,
        read: { .number($0.optimizer.beta1) }, write: { c, v in c.optimizer.beta1 = v.number ?? c.optimizer.beta1 })

    package static let beta2 = Setting(
        key: "beta2", label: "beta2", help: "Adam's second-moment decay, in [0, 1)", valueName: "b2", kind: .number,
        range: .unitInterval,
        ladder: .beta2, followsOptimizer: true,
        read: { .number($0.optimizer.beta2) }, write: { c, v in c.optimizer.beta2 = v.number ?? c.optimizer.beta2 })

    package static let eps = Setting(
        key: "eps", label: "eps", help: "Term added to the denominator of adagrad, rmsprop and adam",
        defaultNote: "(default 1e-10 for adagrad, otherwise 1e-8)", valueName: "eps", kind: .number, range: .positive,
        fronts: [.flag, .lesson], followsOptimizer: true,
        read: { .optionalNumber($0.optimizer.eps) }, write: { c, v in if let x = v.number { c.optimizer.eps = x } })

    package static let alpha = Setting(
        key: "alpha", label: "alpha", help: "RMSProp's smoothing constant, in [0, 1)", valueName: "alpha", kind: .number,
        range: .unitInterval,
        ladder: .alpha, followsOptimizer: true,
        read: { .number($0.optimizer.alpha) }, write: { c, v in c.optimizer.alpha = v.number ?? c.optimizer.alpha })

    package static let weightDecay = Setting(
        key: "weight-decay", label: "weight decay", help: "AdamW's decoupled weight decay, at least 0", valueName: "rate",
        kind: .number, range: .nonNegative, ladder: .weightDecay, followsOptimizer: true,
        read: { .number($0.optimizer.weightDecay) },
        write: { c, v in c.optimizer.weightDecay = v.number ?? c.optimizer.weightDecay })

    package static let schedule = Setting(
        key: "lr-schedule", label: "lr schedule", help: "How the learning rate changes from epoch to epoch",
        kind: .choice(of: LearningRateSchedule.Kind.self),
        read: { .name($0.schedule.kind.rawValue) }, write: { c, v in c.schedule.kind = v.choice() })

    package static let scheduleGamma = Setting(
        key: "lr-gamma", label: "lr gamma", help: "Factor of the step and exponential schedules, in (0, 1]",
        valueName: "gamma", kind: .number,
        range: SettingRange("must be in (0, 1]") { $0 > 0 && $0 <= 1 }, lock: "lr-schedule",
        read: { .number($0.schedule.gamma) }, write: { c, v in c.schedule.gamma = v.number ?? c.schedule.gamma })

    package static let scheduleStep = Setting(
        key: "lr-step", label: "lr step", help: "Epochs between the step schedule's decays, at least 1",
        valueName: "epochs", kind: .integer,
        range: SettingRange("must be at least 1 epoch") { $0 >= 1 }, lock: "lr-schedule",
        read: { .integer($0.schedule.stepEpochs) },
        write: { c, v in if case .integer(let n) = v { c.schedule.stepEpochs = n } })

    package static let clip = Setting(
        key: "clip", label: "clip", help: "Clip the gradient to this global L2 norm before each update",
        defaultNote: "(default: no clipping)", valueName: "norm", kind: .optionalNumber,
        range: .positive,
        read: { .optionalNumber($0.clipNorm) }, write: { c, v in if case .optionalNumber(let x) = v { c.clipNorm = x } })

    /// The playground's one regularization choice: one of L1, L2 and dropout on (with
    /// its rate, or the usual one), the others off.
    package static let regularization = Setting(
        key: "regularization", label: "regularize",
        help: "One regularization and its rate, the others off: none, l1 0.001, l2 0.001 or dropout 0.1",
        kind: .regularization, fronts: [.lesson, .panel],
        read: { c in
            let choice = RegularizationChoice(c.regularization)
            return .regularization(choice, rate: choice.rate(c.regularization))
        },
        write: { c, v in
            guard case .regularization(let choice, let rate) = v else { return }
            if let rate { c.regularization = choice.regularization(rate: rate) }
            else if choice != RegularizationChoice(c.regularization) { c.regularization = choice.regularization(from: c.regularization) }
        },
        step: { setting, c, direction, _ in
            [setting.change(.regularization(RegularizationChoice(c.regularization).cycled(direction), rate: nil))]
        })

    /// The panel's rate of the regularization chosen (L1's λ₁, L2's λ₂ or dropout's p).
    package static let regularizationRate = Setting(
        key: "regularization-rate", label: "reg. rate", help: "The rate of the regularization chosen", kind: .number,
        lock: "regularization", fronts: .panel,
        read: { c in .optionalNumber(RegularizationChoice(c.regularization).rate(c.regularization)) },
        write: { c, v in
            let choice = RegularizationChoice(c.regularization)
            guard let rate = v.number, choice != .none, choice != .mixed else { return }
            c.regularization = choice.regularization(rate: rate)
        },
        step: { setting, c, direction, _ in
            let choice = RegularizationChoice(c.regularization)
            guard let rate = choice.rate(c.regularization), let next = choice.ladder?.step(rate, by: direction) else { return nil }
            return [setting.change(.number(next))]
        })

    package static let l1 = Setting(
        key: "l1", label: "L1", help: "L1 penalty λ₁·Σ|w| on the weights, at least 0", valueName: "lambda", kind: .number,
        range: .nonNegative,
        lock: "regularization", fronts: [.flag, .lesson],
        read: { .number($0.regularization.l1) }, write: { c, v in c.regularization.l1 = v.number ?? c.regularization.l1 })

    package static let l2 = Setting(
        key: "l2", label: "L2", help: "L2 penalty (λ₂/2)·Σw² on the weights, at least 0", valueName: "lambda", kind: .number,
        range: .nonNegative,
        lock: "regularization", fronts: [.flag, .lesson],
        read: { .number($0.regularization.l2) }, write: { c, v in c.regularization.l2 = v.number ?? c.regularization.l2 })

    package static let dropout = Setting(
        key: "dropout", label: "dropout", help: "Probability of dropping each hidden neuron while training, in [0, 1)",
        valueName: "p", kind: .number, range: .unitInterval, lock: "regularization", fronts: [.flag, .lesson],
        read: { .number($0.regularization.dropout) },
        write: { c, v in c.regularization.dropout = v.number ?? c.regularization.dropout })

    package static let shuffle = Setting(
        key: "shuffle", label: "shuffle", help: "Reshuffle the training points every epoch", defaultNote: "(default on)",
        kind: .flag,
        read: { .flag($0.shuffle) }, write: { c, v in if case .flag(let on) = v { c.shuffle = on } })
}
