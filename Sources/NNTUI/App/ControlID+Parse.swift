import NNCore

/// Enter on a control: the text typed in, read as that control's value. Numbers may
/// be written `0.003`, `3e-3` or, for fractions, `30%`; choices by their names. Only
/// the form is checked here: ranges are `TrainingConfig.validate`'s job.
extension ControlID {
    /// `c` with this control set to `text`; throws a short reason when the text is not a value.
    public func parsed(_ text: String, into c: TrainingConfig, csv: CSVChoice?) throws(InputError) -> TrainingConfig {
        let t = text.trimmedSpaces.lowercased()
        var n = c
        switch self {
        case .problem:
            let regression: Bool
            if ["regression", "regress", "r"].contains(t) { regression = true }
            else if ["classification", "classify", "classes", "c"].contains(t) { regression = false }
            else { throw InputError("type classify or regression") }
            let isRegression = !ProblemRules.problem(for: c.dataset, csv: csv?.problem).isClassification
            guard regression != isRegression else { return c }
            return ProblemRules.switching(c, to: regression ? .regPlane : .circle, csvPath: nil, csv: csv?.problem)
        case .dataset:
            if let kind = DatasetKind(rawValue: t) {
                return ProblemRules.switching(c, to: kind, csvPath: csv?.path, csv: csv?.problem)
            }
            if let csv, t == c.dataset.displayName.lowercased() || t == (csv.path ?? "csv").lowercased() || t == "csv" {
                return ProblemRules.switching(c, to: nil, csvPath: csv.path, csv: csv.problem)
            }
            throw InputError("unknown dataset (\(DatasetKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        case .classes:
            n.dataset.classes = try ControlID.integer(t)
            return ProblemRules.adapting(n, from: .classification(classes: c.dataset.classes),
                                         to: .classification(classes: n.dataset.classes))
        case .noise: n.dataset.noise = try ControlID.number(t)
        case .testRatio: n.dataset.testRatio = try ControlID.number(t, percentIfAbove1: true)
        case .batchSize: n.batchSize = t == "full" ? TrainingConfig.Limits.maxPoints : try ControlID.integer(t)
        case .regenerate: return c
        case .features:
            let list = t.split(whereSeparator: { $0 == " " || $0 == "," }).joined(separator: ",")
            guard !list.isEmpty else { throw InputError("type features such as x1,x2,sin1") }
            n.features = try Feature.parseList(list)
        case .hidden:
            if t.isEmpty || t == "none" || t == "0" {
                n.hiddenLayers = []
            } else {
                n.hiddenLayers = try t.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" })
                    .map { (part) throws(InputError) -> Int in try ControlID.integer(String(part)) }
            }
        case .activation: n.activation = try ControlID.choice(t, Activation.self)
        case .output:
            let parts = t.split(whereSeparator: { " ,·/".contains($0) }).map(String.init)
            guard (1...2).contains(parts.count) else { throw InputError("type an output such as sigmoid or tanh,mse") }
            n.output = try ControlID.choice(parts[0], OutputHead.self)
            n.loss = parts.count == 2 ? try ControlID.choice(parts[1], LossKind.self) : n.output.naturalLoss
        case .initializer: n.initializer = try ControlID.choice(t, Initializer.self)
        case .optimizer: n.optimizer = ControlID.switching(c.optimizer, to: try ControlID.choice(t, OptimizerKind.self))
        case .learningRate: n.optimizer.learningRate = try ControlID.number(t)
        case .momentum: n.optimizer.momentum = try ControlID.number(t)
        case .beta1: n.optimizer.beta1 = try ControlID.number(t)
        case .beta2: n.optimizer.beta2 = try ControlID.number(t)
        case .alpha: n.optimizer.alpha = try ControlID.number(t)
        case .weightDecay: n.optimizer.weightDecay = try ControlID.number(t)
        case .regularization:
            let names: [String: RegularizationChoice] = ["none": .none, "l1": .l1, "l2": .l2, "dropout": .dropout]
            guard let choice = names[t] else { throw InputError("type none, l1, l2 or dropout") }
            if choice != RegularizationChoice(c.regularization) {
                n.regularization = choice.regularization(from: c.regularization)
            }
        case .regularizationRate:
            let choice = RegularizationChoice(c.regularization)
            guard choice != .none, choice != .mixed else { throw InputError("choose L1, L2 or dropout first") }
            n.regularization = choice.regularization(rate: try ControlID.number(t))
        case .seed:
            guard let seed = UInt64(t) else { throw InputError("type a whole number from 0") }
            n.seed = seed
        }
        return n
    }

    /// A decimal number (`0.03`, `3e-2`, `.5`); `30%` is 0.3. With `percentIfAbove1`,
    /// plain numbers from 1 to 100 are percentages too (a test ratio of 30).
    static func number(_ text: String, percentIfAbove1: Bool = false) throws(InputError) -> Double {
        let isPercent = text.hasSuffix("%")
        let digits = isPercent ? String(text.dropLast()).trimmedSpaces : text
        guard let value = Double(digits), value.isFinite else { throw InputError("not a number") }
        if isPercent || (percentIfAbove1 && value >= 1 && value <= 100) { return value / 100 }
        return value
    }

    static func integer(_ text: String) throws(InputError) -> Int {
        guard let value = Int(text) else { throw InputError("not a whole number") }
        return value
    }

    /// The case of `type` whose raw value is `text` (`leaky-relu`, `xavier-normal`).
    static func choice<T: RawRepresentable & CaseIterable>(_ text: String, _ type: T.Type) throws(InputError) -> T
    where T.RawValue == String {
        let squeezed = text.replacingSpaces(with: "-")
        if let value = T(rawValue: squeezed) ?? T.allCases.first(where: { $0.rawValue.lowercased() == squeezed }) {
            return value
        }
        throw InputError("one of " + T.allCases.map(\.rawValue).joined(separator: ", "))
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmedSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Runs of spaces replaced by `separator` (`leaky relu` → `leaky-relu`).
    func replacingSpaces(with separator: String) -> String {
        split(separator: " ").joined(separator: separator)
    }
}
