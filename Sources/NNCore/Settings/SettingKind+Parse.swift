/// Reading a typed value from text, one rule per kind for the CLI, the panel and
/// lessons alike. Only the form is checked; ranges are `TrainingConfig.validate`'s job
/// (whose messages name the flag).
extension SettingKind {
    /// The value `text` stands for; throws why it is not one.
    package func parse(_ text: String) throws(SettingValueError) -> SettingValue {
        let value = text.trimmedSpaces
        let word = value.lowercased()
        switch self {
        case .number: return .number(try Self.number(word))
        case .ratio: return .number(try Self.number(word, percentIfAbove1: true))
        case .integer: return .integer(try Self.integer(word))
        case .seed:
            guard let seed = UInt64(word) else { throw .other("give a whole number 0 or more") }
            return .seed(seed)
        case .flag:
            switch word {
            case "yes", "on", "true": return .flag(true)
            case "no", "off", "false": return .flag(false)
            default: throw .other("give yes or no")
            }
        case .choice(let names): return .name(try Self.choice(word, names))
        case .features:
            let list = word.split(whereSeparator: { $0 == " " || $0 == "," }).joined(separator: ",")
            guard !list.isEmpty else { throw .other("type features such as x1,x2,sin1") }
            do { return .features(try Feature.parseList(list)) } catch { throw .other(error.message) }
        case .layers:
            if word.isEmpty || word == "none" || word == "0" { return .layers([]) }
            return .layers(try word.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" })
                .map { (part) throws(SettingValueError) -> Int in try Self.integer(String(part)) })
        case .batch: return .integer(word == "full" ? Self.fullBatch : try Self.integer(word))
        case .optionalNumber: return .optionalNumber(word == "none" ? nil : try Self.number(word))
        case .dataset:
            if let kind = DatasetKind(rawValue: word) { return .data(.builtIn(kind)) }
            guard !value.isEmpty, !value.contains(" ") else {
                let names = DatasetKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw .other("give a built-in dataset (\(names)) or a CSV file name")
            }
            return .data(.csv(value))
        case .regularization:
            let parts = word.split(separator: " ").map(String.init)
            let names: [String: RegularizationChoice] = ["none": .none, "l1": .l1, "l2": .l2, "dropout": .dropout]
            guard let first = parts.first, let choice = names[first], parts.count <= (choice == .none ? 1 : 2) else {
                throw .other("give none, or l1, l2 or dropout and a rate (l2 0.001)")
            }
            return .regularization(choice, rate: parts.count == 2 ? try Self.number(parts[1]) : nil)
        case .problem:
            if ["regression", "regress", "r"].contains(word) { return .regression(true) }
            if ["classification", "classify", "classes", "c"].contains(word) { return .regression(false) }
            throw .other("type classify or regression")
        case .pace:
            do { return .pace(try Pace(parsing: value)) } catch { throw .other(error.message) }
        }
    }

    /// A decimal number (`0.03`, `3e-2`, `.5`); `30%` is 0.3. With `percentIfAbove1`,
    /// plain numbers from 1 to 100 are percentages too (a test ratio of 30).
    static func number(_ text: String, percentIfAbove1: Bool = false) throws(SettingValueError) -> Double {
        let isPercent = text.hasSuffix("%")
        let digits = isPercent ? String(text.dropLast()).trimmedSpaces : text
        guard let value = Double(digits), value.isFinite else { throw .notANumber }
        if isPercent || (percentIfAbove1 && value >= 1 && value <= 100) { return value / 100 }
        return value
    }

    static func integer(_ text: String) throws(SettingValueError) -> Int {
        guard let value = Int(text) else { throw .notAWholeNumber }
        return value
    }

    /// The name of `names` that `word` spells, ignoring case, with spaces for dashes
    /// (`leaky relu` is `leaky-relu`).
    static func choice(_ word: String, _ names: [String]) throws(SettingValueError) -> String {
        let squeezed = word.split(separator: " ").joined(separator: "-")
        guard let name = names.first(where: { $0.lowercased() == squeezed }) else { throw .notOneOf(names) }
        return name
    }
}
