import NNCore
import Testing

/// The table of settings is consistent: every name once, every value written reads
/// back, every panel or lesson setting reads back what it shows.
@Suite struct SettingsTableTests {
    @Test func namesAreUnique() {
        let names = Settings.all.flatMap { [$0.key] + $0.aliases }
        #expect(Set(names).count == names.count)
    }

    @Test func locksKeepTheirOrder() {
        #expect(Settings.locks == [
            "dataset", "noise", "test-ratio", "val-ratio", "scale", "points", "classes", "features", "hidden", "activation",
            "output", "loss",
            "init", "optimizer", "lr", "momentum", "nesterov", "beta1", "beta2", "eps", "alpha", "weight-decay",
            "population", "sigma", "mutation-rate",
            "lr-schedule", "clip", "regularization", "batch", "shuffle", "seed", "patience", "threshold", "speed",
        ])
    }

    /// A configuration with no value at its default, so a write that touches the wrong
    /// field shows.
    static let odd: TrainingConfig = {
        var c = TrainingConfig(dataset: DatasetConfig(kind: .blobs, noise: 0.15, testRatio: 0.2, count: 321, classes: 5),
                               features: [.x1, .sinX2], hiddenLayers: [3, 5], activation: .elu, output: .softmax,
                               loss: .meanSquaredError, initializer: .he,
                               optimizer: OptimizerConfig(kind: .rmsprop, learningRate: 0.2, momentum: 0.4, nesterov: true,
                                                          alpha: 0.95, beta1: 0.8, beta2: 0.99, eps: 1e-6, weightDecay: 0.02),
                               schedule: LearningRateSchedule(kind: .step, gamma: 0.7, stepEpochs: 9), clipNorm: 2,
                               regularization: Regularization(l2: 0.004), batchSize: 17, shuffle: false, seed: 99)
        c.dataset.generation = 3
        c.dataset.validationRatio = 0.1
        c.patience = 7
        c.minDelta = 0.01
        c.restoreBestWeights = false
        c.threshold = 0.35
        return c
    }()

    /// Writing the value a setting reads changes nothing, for every entry.
    @Test(arguments: Settings.all)
    func writingWhatIsReadChangesNothing(_ setting: Setting) {
        var c = Self.odd
        setting.write(&c, setting.read(Self.odd))
        #expect(c == Self.odd)
    }

    /// Every lesson setting reads back, from its text, the value it had.
    @Test(arguments: Settings.lessonSettings)
    func aValueWrittenAsTextReadsBack(_ setting: Setting) throws {
        let text = Self.text(setting.read(Self.odd))
        let change = try setting.change(parsing: text)
        var c = TrainingConfig()
        setting.write(&c, change.value)
        #expect(setting.read(c) == setting.read(Self.odd), "\(setting.key): \(text)")
    }

    /// A value as a lesson would write it.
    static func text(_ value: SettingValue) -> String {
        switch value {
        case .number(let x): return "\(x)"
        case .integer(let n): return "\(n)"
        case .seed(let s): return "\(s)"
        case .flag(let on): return on ? "yes" : "no"
        case .name(let name): return name
        case .features(let f): return f.map(\.rawValue).joined(separator: ",")
        case .layers(let h): return h.isEmpty ? "none" : h.map(String.init).joined(separator: ",")
        case .optionalNumber(let x): return x.map { "\($0)" } ?? "none"
        case .data(let name): return name.kind?.rawValue ?? name.csvPath ?? ""
        case .regularization(let choice, let rate): return "\(choice.text.lowercased()) \(rate ?? 0)"
        case .regression(let r): return r ? "regression" : "classify"
        case .pace(let pace): return pace.text
        }
    }
}

extension Setting: CustomTestStringConvertible {
    public var testDescription: String { key }
}
