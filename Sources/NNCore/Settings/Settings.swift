/// The table of settings: every setting a student or teacher can change, in the
/// order changes are applied (data, network, training; a setting before those its
/// change implies, such as `optimizer` before `momentum`). The entries live in
/// `Settings+Data.swift`, `Settings+Network.swift`, `Settings+Training.swift`,
/// `Settings+Evolution.swift`, `Settings+EarlyStopping.swift`, `Settings+Evaluation.swift` and `Settings+Pace.swift`
/// (the one setting kept out of `TrainingConfig`, see `Setting.Scope`).
///
/// The CLI (`TrainingOptions`), the panel (`ControlID`), lessons (`LessonParser`,
/// `LessonControl`) and `--help` read their names, help, ladders, parsing and
/// implications from here; `TrainingConfig.applying` applies a list of changes.
package enum Settings {
    /// Every entry, in application order.
    package static let all: [Setting] = [
        problem, dataset, noise, testRatio, validationRatio, scale, points, classes,
        features, hidden, activation, output, loss, initializer,
        optimizer, learningRate, momentum, nesterov, beta1, beta2, eps, alpha, weightDecay,
        population, sigma, mutationRate,
        schedule, scheduleGamma, scheduleStep, clip,
        regularization, regularizationRate, l1, l2, dropout, batch, shuffle, seed,
        patience, minDelta, restoreBest, threshold, speed,
    ]

    /// The position of `setting` in `all` (the order changes are applied in).
    static let order: [String: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($0.element.key, $0.offset) })

    /// The entries a lesson line may name.
    package static var lessonSettings: [Setting] { all.filter { $0.fronts.contains(.lesson) } }

    /// The lesson setting called `name` (its key or an alias, any case), or nil.
    package static func lessonSetting(named name: String) -> Setting? {
        let key = name.lowercased()
        return lessonSettings.first { $0.key == key || $0.aliases.contains(key) }
    }

    /// The lock names, each once, in table order (`dataset`, `noise`, …, `seed`).
    package static let locks: [String] = {
        var seen = Set<String>(), result: [String] = []
        for setting in all where seen.insert(setting.lock).inserted { result.append(setting.lock) }
        return result
    }()

    /// The lock of the setting named `name` (a key or alias of any front end, or a lock
    /// name itself), or nil.
    package static func lock(named name: String) -> String? {
        let key = name.lowercased()
        if locks.contains(key) { return key }
        return all.first { $0.key == key || $0.aliases.contains(key) }?.lock
    }

    /// The change a lesson line `key: value` asks for.
    package static func lessonChange(key: String, value: String) throws(InputError) -> SettingChange {
        guard let setting = lessonSetting(named: key) else {
            let keys = lessonSettings.map(\.key).joined(separator: ", ")
            throw InputError("unknown setting '\(key)' (settings: \(keys))")
        }
        do { return try setting.change(parsing: value) } catch {
            throw InputError(error.message(key: setting.key, text: value.trimmedSpaces.lowercased()))
        }
    }
}
