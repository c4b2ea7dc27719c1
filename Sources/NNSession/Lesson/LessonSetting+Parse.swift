import NNCore

/// Reading `key: value` lines of `setup` and `solution` blocks. Keys and values are
/// those of `nnplay train`'s flags (`lr: 0.03`, `hidden: 4,2`, `init: he`,
/// `batch: full`); `regularization: l2 0.001` (or `none`) sets L1, L2 and dropout at
/// once, as the playground's single regularization choice does. Only the form is
/// checked here; ranges are `TrainingConfig.validate`'s job when the setup is resolved.
extension LessonSetting {
    /// Every key a setting line may use, for messages.
    public static let keys = [
        "dataset", "noise", "test-ratio", "points", "classes", "features", "hidden", "activation", "output",
        "loss", "init", "optimizer", "lr", "momentum", "nesterov", "beta1", "beta2", "eps", "alpha",
        "weight-decay", "lr-schedule", "lr-gamma", "lr-step", "clip", "regularization", "l1", "l2", "dropout",
        "batch", "shuffle", "seed",
    ]

    /// The settings one line `key: value` stands for (several for `regularization`).
    public static func parse(key rawKey: String, value rawValue: String) throws(InputError) -> [LessonSetting] {
        let key = rawKey.lowercased()
        let value = rawValue.trimmedSpaces
        let word = value.lowercased()
        switch key {
        case "dataset":
            if let kind = DatasetKind(rawValue: word) { return [.dataset(.builtIn(kind))] }
            guard !value.isEmpty, !value.contains(where: { $0 == " " }) else {
                throw InputError("dataset: give a built-in dataset (\(names(DatasetKind.self))) or a CSV file name")
            }
            return [.dataset(.csv(value))]
        case "noise": return [.noise(try number(value, key))]
        case "test-ratio": return [.testRatio(try number(value, key))]
        case "points": return [.points(try integer(value, key))]
        case "classes": return [.classes(try integer(value, key))]
        case "features":
            let list = value.split(whereSeparator: { $0 == " " || $0 == "," }).joined(separator: ",")
            do { return [.features(try Feature.parseList(list))] } catch { throw InputError("features: \(error.message)") }
        case "hidden":
            if word == "none" || word == "0" { return [.hidden([])] }
            let parts = value.split(whereSeparator: { $0 == " " || $0 == "," })
            guard !parts.isEmpty else { throw InputError("hidden: give neurons per layer such as 4,2, or none") }
            return [.hidden(try parts.map { (part) throws(InputError) -> Int in try integer(String(part), key) })]
        case "activation": return [.activation(try choice(word, key, Activation.self))]
        case "output": return [.output(try choice(word, key, OutputHead.self))]
        case "loss": return [.loss(try choice(word, key, LossKind.self))]
        case "init", "initializer": return [.initializer(try choice(word, "init", Initializer.self))]
        case "optimizer": return [.optimizer(try choice(word, key, OptimizerKind.self))]
        case "lr", "learning-rate": return [.learningRate(try number(value, "lr"))]
        case "momentum": return [.momentum(try number(value, key))]
        case "nesterov": return [.nesterov(try flag(word, key))]
        case "beta1": return [.beta1(try number(value, key))]
        case "beta2": return [.beta2(try number(value, key))]
        case "eps": return [.eps(try number(value, key))]
        case "alpha": return [.alpha(try number(value, key))]
        case "weight-decay": return [.weightDecay(try number(value, key))]
        case "lr-schedule": return [.schedule(try choice(word, key, LearningRateSchedule.Kind.self))]
        case "lr-gamma": return [.scheduleGamma(try number(value, key))]
        case "lr-step": return [.scheduleStep(try integer(value, key))]
        case "clip": return [.clip(word == "none" ? nil : try number(value, key))]
        case "l1": return [.l1(try number(value, key))]
        case "l2": return [.l2(try number(value, key))]
        case "dropout": return [.dropout(try number(value, key))]
        case "regularization": return try regularization(word)
        case "batch": return [.batch(word == "full" ? fullBatch : try integer(value, key))]
        case "shuffle": return [.shuffle(try flag(word, key))]
        case "seed":
            guard let seed = UInt64(value) else { throw InputError("seed: give a whole number 0 or more") }
            return [.seed(seed)]
        default:
            throw InputError("unknown setting '\(rawKey)' (settings: \(keys.joined(separator: ", ")))")
        }
    }

    /// `none`, or `l1|l2|dropout RATE`: that one on, the other two off.
    private static func regularization(_ word: String) throws(InputError) -> [LessonSetting] {
        let parts = word.split(separator: " ").map(String.init)
        if parts == ["none"] { return [.l1(0), .l2(0), .dropout(0)] }
        guard parts.count == 2, ["l1", "l2", "dropout"].contains(parts[0]) else {
            throw InputError("regularization: give none, or l1, l2 or dropout and a rate (l2 0.001)")
        }
        let rate = try number(parts[1], parts[0])
        return [.l1(parts[0] == "l1" ? rate : 0), .l2(parts[0] == "l2" ? rate : 0),
                .dropout(parts[0] == "dropout" ? rate : 0)]
    }

    /// A number (`0.03`, `3e-2`, or a percentage `30%` meaning 0.3).
    static func number(_ text: String, _ key: String) throws(InputError) -> Double {
        let t = text.trimmedSpaces
        if t.hasSuffix("%"), let percent = Double(t.dropLast()), percent.isFinite { return percent / 100 }
        guard let x = Double(t), x.isFinite else { throw InputError("\(key): '\(text)' is not a number") }
        return x
    }

    static func integer(_ text: String, _ key: String) throws(InputError) -> Int {
        guard let n = Int(text.trimmedSpaces) else { throw InputError("\(key): '\(text)' is not a whole number") }
        return n
    }

    static func flag(_ word: String, _ key: String) throws(InputError) -> Bool {
        switch word {
        case "yes", "on", "true": return true
        case "no", "off", "false": return false
        default: throw InputError("\(key): give yes or no")
        }
    }

    static func choice<T: CaseIterable & RawRepresentable>(_ word: String, _ key: String,
                                                           _ type: T.Type) throws(InputError) -> T
    where T.RawValue == String {
        guard let value = T(rawValue: word) else {
            throw InputError("\(key): unknown value '\(word)' (values: \(names(type)))")
        }
        return value
    }

    static func names<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> String where T.RawValue == String {
        type.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

extension StringProtocol {
    /// The text without surrounding spaces and tabs.
    var trimmedSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
