/// One entry of the table of settings (`Settings`): everything every front end needs
/// to know about one setting, said once. The CLI flag, the lesson key, the panel's
/// row, `--help`, the lesson lock and what a change implies all come from here, so
/// they cannot drift apart.
///
/// Adding a setting is one entry in `Settings+Data.swift`, `+Network` or `+Training`
/// (and a thin flag declaration in `TrainingOptions`, which the argument parser needs
/// as a property).
package struct Setting: Sendable, Identifiable, CustomStringConvertible {
    /// Which front ends offer the setting.
    package struct Fronts: OptionSet, Sendable {
        package let rawValue: Int
        package init(rawValue: Int) { self.rawValue = rawValue }
        /// A flag of `nnplay train` (and the interactive commands).
        package static let flag = Fronts(rawValue: 1)
        /// A key of a lesson's `setup` or `solution` block.
        package static let lesson = Fronts(rawValue: 2)
        /// A row of the playground's controls panel.
        package static let panel = Fronts(rawValue: 4)
        /// A flag of the interactive commands only (`nnplay play`, `nnplay lesson`), not
        /// of `nnplay train`: a setting that matters only while a screen is watched.
        package static let screenFlag = Fronts(rawValue: 8)
        package static let all: Fronts = [.flag, .lesson, .panel]
    }

    /// What a setting's value changes, which decides where it lives and how a change
    /// travels to the engine.
    package enum Scope: Sendable {
        /// The run's results: a field of `TrainingConfig`, changed by a recorded
        /// `Command.configure` (almost every setting).
        case training
        /// Only when the engine's steps happen (wall time), never what they compute: kept
        /// out of `TrainingConfig` (so configurations, hashes and replays do not depend
        /// on it), held by the engine as `PlaygroundState.pace` and changed by a recorded
        /// `Command.setPace`. Such an entry's `read` gives its default and its `write`
        /// does nothing; `[SettingChange].pace` picks its value out of a list of changes.
        case pace
    }

    /// What a change implies beyond the setting itself: run right after the value is
    /// written, with the configuration before the whole change and the problem (classes
    /// or regression) each dataset poses. Settings later in the table (such as `loss`
    /// after `output`) are written after it, so a value given wins over an implied one.
    package typealias Implication = @Sendable (inout TrainingConfig, _ before: TrainingConfig,
                                              _ problem: ProblemOfData) throws(InputError) -> Void

    /// How ← and → move the setting when its kind's rule does not fit (features step
    /// through presets, hidden layers are added and removed, …): the changes for one
    /// step in `direction`, nil when there is nothing to change (`setting` is the entry itself).
    package typealias Step = @Sendable (_ setting: Setting, _ config: TrainingConfig, _ direction: Int,
                                      _ csv: CSVChoice?) -> [SettingChange]?

    /// The CLI long flag and the lesson key (`lr`, `test-ratio`).
    package let key: String
    /// Other names lessons may use (`learning-rate`).
    package let aliases: [String]
    /// The panel's label (`learning rate`).
    package let label: String
    /// What it is and its range, for `--help` (`Learning rate, above 0`).
    package let help: String
    /// The `(default …)` note of `--help`; nil: the value of `TrainingConfig()`.
    package let defaultNote: String?
    /// The placeholder of the flag's value in `--help` (`rate`); nil: the key.
    package let valueName: String?
    package let kind: SettingKind
    /// The numbers it accepts (checked by `TrainingConfig.validate`); nil for no range.
    package let range: SettingRange?
    /// The values ← and → step a number through.
    package let ladder: Ladder?
    /// The lesson lock that freezes it (several settings may share one: `l1`, `l2`
    /// and `dropout` are all `regularization`).
    package let lock: String
    package let fronts: Fronts
    package let scope: Scope
    /// An optimizer hyperparameter: switching optimizer kind may set it, and a lock
    /// check counts such a switch as `optimizer` alone.
    package let followsOptimizer: Bool
    /// The value in `config`.
    package let read: @Sendable (TrainingConfig) -> SettingValue
    /// Puts `value` into `config` (nothing else: implications are `implies`).
    package let write: @Sendable (inout TrainingConfig, SettingValue) -> Void
    package let implies: Implication?
    package let step: Step?

    package init(key: String, aliases: [String] = [], label: String, help: String, defaultNote: String? = nil,
                valueName: String? = nil, kind: SettingKind, range: SettingRange? = nil, ladder: Ladder? = nil,
                lock: String? = nil, fronts: Fronts = .all, scope: Scope = .training, followsOptimizer: Bool = false,
                read: @escaping @Sendable (TrainingConfig) -> SettingValue,
                write: @escaping @Sendable (inout TrainingConfig, SettingValue) -> Void,
                implies: Implication? = nil, step: Step? = nil) {
        self.key = key
        self.aliases = aliases
        self.label = label
        self.help = help
        self.defaultNote = defaultNote
        self.valueName = valueName
        self.kind = kind
        self.range = range
        self.ladder = ladder
        self.lock = lock ?? key
        self.fronts = fronts
        self.scope = scope
        self.followsOptimizer = followsOptimizer
        self.read = read
        self.write = write
        self.implies = implies
        self.step = step
    }

    package var id: String { key }

    /// How the command line spells it, and how messages name it: `--lr`.
    package var flag: String { "--" + key }
    package var description: String { key }

    /// The change of this setting to `value`.
    package func change(_ value: SettingValue) -> SettingChange {
        SettingChange(self, value)
    }

    /// The change `text` asks for; throws why the text is not a value.
    package func change(parsing text: String) throws(SettingValueError) -> SettingChange {
        SettingChange(self, try kind.parse(text))
    }
}

/// The problem (classes or regression) the points of a dataset configuration pose:
/// known without drawing for the built-ins (`DatasetConfig.builtInProblem`), found
/// by reading the file for CSV data.
package typealias ProblemOfData = (DatasetConfig) throws(InputError) -> Problem
