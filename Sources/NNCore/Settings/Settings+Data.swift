/// The data settings: which points, how many, how they are split.
extension Settings {
    /// The panel's problem row: classification (circle) or regression (reg-plane).
    package static let problem = Setting(
        key: "problem", label: "problem", help: "Classification or regression", kind: .problem, lock: "dataset",
        fronts: .panel,
        read: { .regression($0.dataset.kind?.isRegression ?? false) },
        write: { c, v in
            guard case .regression(let regression) = v, regression != (c.dataset.kind?.isRegression ?? false) else { return }
            c.dataset.kind = regression ? .regPlane : .circle
            c.dataset.csvPath = nil
        },
        implies: Implications.newData,
        step: { setting, c, _, _ in [setting.change(.regression(!(c.dataset.kind?.isRegression ?? false)))] })

    package static let dataset = Setting(
        key: "dataset", label: "dataset",
        help: "A built-in dataset, or the name of a CSV file in the shipped datasets folder (see 'nnplay datasets')",
        valueName: "name", kind: .dataset,
        read: { .data(DataName($0.dataset)) },
        write: { c, v in
            guard case .data(let name) = v else { return }
            c.dataset.kind = name.kind
            c.dataset.csvPath = name.csvPath
        },
        implies: Implications.newData,
        step: { setting, c, direction, csv in
            var kinds: [DatasetKind?] = DatasetKind.allCases
            if csv != nil { kinds.append(nil) }
            let next = kinds.element(after: c.dataset.kind, wrapping: direction > 0 ? 1 : -1)
            return [setting.change(.data(next.map { .builtIn($0) } ?? .csv(csv?.path ?? "csv")))]
        })

    package static let noise = Setting(
        key: "noise", label: "noise", help: "Noise of a built-in dataset, 0 to 0.5", kind: .number,
        range: SettingRange("must be between 0 and 0.5") { $0 >= 0 && $0 <= 0.5 }, ladder: .noise,
        read: { .number($0.dataset.noise) }, write: { c, v in c.dataset.noise = v.number ?? c.dataset.noise })

    package static let testRatio = Setting(
        key: "test-ratio", label: "test ratio", help: "Fraction of the points held out for testing, 0 to below 1",
        defaultNote: "(default 0.5; 0 for the gate-* datasets)", valueName: "ratio", kind: .ratio,
        range: SettingRange("must be at least 0 and below 1") { $0 >= 0 && $0 < 1 }, ladder: .testRatio,
        read: { .number($0.dataset.testRatio) }, write: { c, v in c.dataset.testRatio = v.number ?? c.dataset.testRatio })

    /// The validation set: carved from the end of the training part (see `DataSplit`),
    /// so the test set stays the same points and a ratio of 0 changes nothing.
    package static let validationRatio = Setting(
        key: "val-ratio", aliases: ["validation-ratio"], label: "val ratio",
        help: "Fraction of the points set aside for validation (early stopping watches their loss); with --test-ratio below 1",
        defaultNote: "(default 0: no validation set)", valueName: "ratio", kind: .ratio,
        range: SettingRange("must be at least 0 and below 1") { $0 >= 0 && $0 < 1 }, ladder: .validationRatio,
        read: { .number($0.dataset.validationRatio) },
        write: { c, v in c.dataset.validationRatio = v.number ?? c.dataset.validationRatio })

    /// Input scaling: a change draws the split again (it is part of the data), so the
    /// network starts over on the rescaled points.
    package static let scale = Setting(
        key: "scale", label: "scale inputs",
        help: "Rescale x1 and x2 by the training points' statistics: none, minmax (onto [-5, 5]) or standard (mean 0, sd 1)",
        defaultNote: "(default none)", kind: .choice(of: InputScaling.self),
        read: { .name($0.dataset.scale.rawValue) }, write: { c, v in c.dataset.scale = v.choice() })

    package static let points = Setting(
        key: "points", label: "points",
        help: "Number of points of a built-in dataset, 1 to \(TrainingConfig.Limits.maxPoints)",
        defaultNote: "(default 500, 1200 for regression, 4 for gates)", valueName: "n", kind: .integer,
        range: SettingRange("must be 1 to \(TrainingConfig.Limits.maxPoints)") {
            $0 >= 1 && $0 <= Double(TrainingConfig.Limits.maxPoints)
        },
        ladder: .points,
        read: { c in c.dataset.count.map { .integer($0) } ?? .optionalNumber(nil) },
        write: { c, v in if case .integer(let n) = v { c.dataset.count = n } },
        step: { setting, c, direction, _ in
            // From the count in force (the dataset's default when none is set) to the next rung.
            guard let kind = c.dataset.kind, let ladder = setting.ladder else { return nil }
            let count = Double(c.dataset.count ?? kind.defaultCount)
            return ladder.step(count, by: direction).map { [setting.change(.integer(Int($0)))] }
        })

    package static let classes = Setting(
        key: "classes", label: "classes", help: "Classes of the blobs dataset, 3 to 6", valueName: "k", kind: .integer,
        range: SettingRange("must be 3 to 6") { DatasetGenerator.blobClassRange.contains(Int($0)) },
        read: { .integer($0.dataset.classes) },
        write: { c, v in if case .integer(let k) = v { c.dataset.classes = k } },
        implies: Implications.fitOutput,
        step: { setting, c, direction, _ in
            let k = c.dataset.classes + direction.signum()
            return DatasetGenerator.blobClassRange.contains(k) ? [setting.change(.integer(k))] : nil
        })

    package static let batch = Setting(
        key: "batch", label: "batch size", help: "Points per update, or 'full' for the whole training set",
        valueName: "n|full", kind: .batch, range: SettingRange("must be at least 1") { $0 >= 1 }, ladder: .batchSize,
        read: { .integer($0.batchSize) }, write: { c, v in if case .integer(let n) = v { c.batchSize = n } })

    package static let seed = Setting(
        key: "seed", label: "seed", help: "Seed of every random choice: data, split, weights, shuffling, dropout",
        kind: .seed,
        read: { .seed($0.seed) }, write: { c, v in if case .seed(let s) = v { c.seed = s } })
}
