/// The one place a change of settings enters a configuration, for every front end:
/// the CLI's flags, the panel's steps and typed values, lesson setups and solutions.
extension TrainingConfig {
    /// This configuration with `changes` and what they imply put in.
    ///
    /// Changes go in table order (`Settings.all`), whatever order they are given in
    /// (the order of flags or lesson lines does not matter; of two changes of one
    /// setting the later wins). Each setting's implication runs right after its value
    /// is written, so a setting given explicitly overrides what an earlier one implied
    /// (`optimizer: sgd` with `momentum: 0.5` keeps the 0.5). `problem` says which
    /// problem a dataset configuration poses (see `ProblemOfData`). A change of a
    /// `.pace`-scope setting leaves the configuration alone (`[SettingChange].pace`
    /// reads it).
    package func applying(_ changes: [SettingChange], problem: ProblemOfData) throws(InputError) -> TrainingConfig {
        let ordered = changes.enumerated().sorted { a, b in
            let (i, j) = (Settings.order[a.element.setting.key] ?? 0, Settings.order[b.element.setting.key] ?? 0)
            return i != j ? i < j : a.offset < b.offset
        }
        var c = self
        for change in ordered.map(\.element) where change.setting.scope == .training {
            change.setting.write(&c, change.value)
            try change.setting.implies?(&c, self, problem)
        }
        return c
    }

    /// `applying` for problems known without reading a file: the built-ins', and
    /// `csv`'s for CSV data.
    package func applying(_ changes: [SettingChange], csv: CSVChoice?) -> TrainingConfig {
        do throws(InputError) {
            return try applying(changes) { (dataset: DatasetConfig) throws(InputError) -> Problem in
                CSVChoice.problem(of: dataset, csv: csv)
            }
        } catch {
            return self // unreachable: the problem above never throws
        }
    }
}
