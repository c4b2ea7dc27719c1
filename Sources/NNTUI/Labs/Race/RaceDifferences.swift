import NNCore

/// What sets each variant of a race apart, for its label: the settings (of those a
/// `--variant` may change) whose values are not the same in every variant, as
/// `key=value` in the panel's words, e.g. `optimizer=adam lr=0.01`, or where that is too
/// wide the values alone, `adam 0.01`. A setting that does not apply to a variant
/// (momentum under Adam) is not in its label.
package enum RaceDifferences {
    /// A label in its two forms.
    package struct Label: Equatable, Sendable {
        package var long: String
        package var short: String

        /// The long form if it fits in `width` columns, else the short one.
        package func fitting(_ width: Int) -> String {
            long.count <= width ? long : short
        }
    }

    /// One label per configuration, in order; `same as the others` where nothing differs
    /// (a copy just added, before it is edited).
    package static func labels(_ configs: [TrainingConfig]) -> [Label] {
        let settings = Settings.all.filter { $0.fronts.contains(.flag) && $0.scope == .training }
        let differing = settings.filter { setting in
            guard let first = configs.first.map(setting.read) else { return false }
            return configs.contains { setting.read($0) != first }
        }
        return configs.map { config in
            // A setting that does not apply to this variant (momentum under Adam) is left
            // out: the rule the panel shows its rows by.
            let shown = differing.filter { $0.isOnPanel(for: config) || !$0.fronts.contains(.panel) }
            let values = shown.map { $0.panelText(config).replacingOccurrences(of: " ", with: ",") }
            guard !values.isEmpty else { return Label(long: "same as the others", short: "same") }
            return Label(long: zip(shown, values).map { "\($0.key)=\($1)" }.joined(separator: " "),
                         short: values.joined(separator: " "))
        }
    }
}
