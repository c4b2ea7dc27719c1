import ArgumentParser
import NNCore

// The core's named choices as command-line values: each flag accepts the raw names
// (`tanh`, `leaky-relu`, `he-uniform`, ...) and its help lists every value with the
// one-line summary the core gives it.

extension Activation: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension OutputHead: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension LossKind: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension Initializer: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension OptimizerKind: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension LearningRateSchedule.Kind: ExpressibleByArgument {
    public static var allValueDescriptions: [String: String] {
        summaries { kind in
            switch kind {
            case .constant: return "lr stays as given"
            case .step: return "lr times --lr-gamma every --lr-step epochs"
            case .exponential: return "lr times --lr-gamma every epoch"
            }
        }
    }
}

extension CaseIterable where Self: RawRepresentable, RawValue == String {
    /// `[rawValue: description]` for every case, for `allValueDescriptions`.
    static func summaries(_ describe: (Self) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, describe($0)) })
    }
}

/// Parsers for the flags whose values are lists or words rather than one number.
/// Each throws an `InputError` that says what a valid value looks like; argument
/// parser prefixes it with the flag and the value given.
enum ArgumentValues {
    /// `--hidden 8,8` → [8, 8]; `--hidden none` → [] (no hidden layer). Sizes are
    /// checked later by `TrainingConfig.validate`.
    static func hiddenLayers(_ text: String) throws(InputError) -> [Int] {
        let trimmed = text.trimmingSpaces()
        if trimmed.lowercased() == "none" || trimmed.isEmpty { return [] }
        var sizes: [Int] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            guard let n = Int(String(part).trimmingSpaces()) else {
                throw InputError("give neurons per layer as whole numbers, e.g. 8,8, or 'none'")
            }
            sizes.append(n)
        }
        return sizes
    }

    /// `--batch 10` → 10; `--batch full` → the most points a dataset can have, which
    /// the trainer reads as "the whole training set". The range is checked by
    /// `TrainingConfig.validate`.
    static func batchSize(_ text: String) throws(InputError) -> Int {
        let trimmed = text.trimmingSpaces()
        if trimmed.lowercased() == "full" { return fullBatch }
        guard let n = Int(trimmed) else { throw InputError("give a number of points, or 'full'") }
        return n
    }

    /// The batch size that stands for "full batch".
    static let fullBatch = TrainingConfig.Limits.maxPoints

    /// `--features x1,x2,sin1` through the core's parser.
    static func features(_ text: String) throws(InputError) -> [Feature] {
        try Feature.parseList(text)
    }
}
