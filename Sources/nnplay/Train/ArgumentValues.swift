import ArgumentParser
import NNCore

// The core's named choices as command-line values: each flag reads its value with the
// table of settings' rule for names (`SettingKind.choice`: `tanh`, `leaky-relu`,
// `he-uniform`, any case), and its help lists every value with the one-line summary
// the core gives it.

extension Activation: ExpressibleByArgument {
    public init?(argument: String) { self.init(settingName: argument) }
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension OutputHead: ExpressibleByArgument {
    public init?(argument: String) { self.init(settingName: argument) }
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension LossKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(settingName: argument) }
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension Initializer: ExpressibleByArgument {
    public init?(argument: String) { self.init(settingName: argument) }
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension OptimizerKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(settingName: argument) }
    public static var allValueDescriptions: [String: String] { summaries(\.summary) }
}

extension LearningRateSchedule.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(settingName: argument) }
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
    /// The case `text` names, read as the table of settings reads names.
    init?(settingName text: String) {
        guard case .name(let name)? = try? SettingKind.choice(of: Self.self).parse(text),
              let value = Self(rawValue: name) else { return nil }
        self = value
    }

    /// `[rawValue: description]` for every case, for `allValueDescriptions`.
    static func summaries(_ describe: (Self) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, describe($0)) })
    }
}
