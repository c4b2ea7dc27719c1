import NNCore
import NNSession

/// A run ready to train: the configuration the flags describe, checked, and its points.
struct PreparedTraining {
    var config: TrainingConfig
    var dataset: Dataset
    /// The model given with `--load`, whose weights the run starts from.
    var model: ModelFile?
    /// Things worth telling the user on stderr (such as rescaled CSV points).
    var notes: [String]
    /// The epochs to train when `--epochs` is not given: 200, or the digits' own default.
    var defaultEpochs: Int
}

extension TrainingOptions {
    /// Reads what the flags point at (a model to load, a CSV file), applies the flags
    /// over the base configuration (the model's, or `TrainingConfig()`), checks the
    /// result with `TrainingConfig.validate` and builds the dataset. `extra` changes
    /// (a race's variant) are applied with the flags' as if given after them.
    func prepare(locator: ResourceLocator, extra: [SettingChange] = []) throws(InputError) -> PreparedTraining {
        var model: ModelFile?
        if let path = load { model = try ModelFile.read(path) }
        let source = try DataSource.resolve(dataset: dataset, data: data, base: (model?.config ?? TrainingConfig()).dataset,
                                            loadedFrom: load, locator: locator)
        try checkApplicability(to: source)
        // The digits start from settings made for them (`DigitsDataset.defaultConfig`).
        let isDigits = if case .digits = source { true } else { false }
        let base = model?.config ?? (isDigits ? DigitsDataset.defaultConfig : TrainingConfig())
        let baseProblem = model?.problem ?? .classification(classes: 2)

        var loaded: Dataset?
        var notes: [String] = []
        var problem: Problem?
        if case .csv(let file, let reference) = source {
            // A model trained on regression labels reads its own CSV file the same way again.
            let sameData = model != nil && source.matches(base.dataset)
            let forceRegression = regression || (sameData && baseProblem == .regression)
            let csv: CSVData
            do {
                csv = try CSVData.load(file, name: reference, forceRegression: forceRegression, rescale: !noRescale)
            } catch var error {
                // The file came from the model, not from a flag: say which model named it.
                if let load, dataset == nil, data == nil { error.message += " (the data named by the model \(load))" }
                throw error
            }
            loaded = csv.dataset
            problem = csv.dataset.problem
            notes += csv.note.map { [$0] } ?? []
        }
        if case .digits(let file) = source {
            let digits = try DigitsDataset(text: try TextFile.read(file), path: file).dataset
            loaded = digits
            problem = digits.problem
        }

        let config = try applied(to: base, baseProblem: baseProblem, source: source, csvProblem: problem, extra: extra)
        try config.validate(for: config.dataset.builtInProblem ?? problem ?? baseProblem,
                            inputWidth: loaded?.inputWidth ?? 2)
        let points = try DatasetFactory.make(config, loaded: loaded)
        return PreparedTraining(config: config, dataset: points, model: model, notes: notes,
                                defaultEpochs: isDigits ? DigitsDataset.defaultEpochs : 200)
    }

    /// `base` with the data of `source` and every flag the user gave put in, through
    /// `TrainingConfig.applying` (the one rule for what a change implies: new data
    /// resets the point count, a new problem brings its natural output and loss, ...).
    /// Flags not given keep `base`'s values. `csvProblem` is the problem of `source`'s
    /// CSV points (nil for a built-in); `baseProblem` that of `base`'s own points.
    func applied(to base: TrainingConfig, baseProblem: Problem, source: DataSource,
                 csvProblem: Problem?, extra: [SettingChange] = []) throws(InputError) -> TrainingConfig {
        let data: DataName = source.kind.map { .builtIn($0) } ?? .csv(source.reference ?? "")
        var changes = [Settings.dataset.change(.data(data))]
        if let csvProblem, source.matches(base.dataset), csvProblem != baseProblem {
            // The same file read as another problem (`--regression`): its natural head,
            // as new data would bring (a head given with `--output`, later, wins).
            changes.append(Settings.output.change(.name(OutputHead.natural(for: csvProblem).rawValue)))
        }
        changes += self.changes + extra
        return try base.applying(changes) { (dataset: DatasetConfig) throws(InputError) -> Problem in
            if let problem = dataset.builtInProblem { return problem }
            return source.matches(dataset) ? csvProblem ?? baseProblem : baseProblem
        }
    }

    /// Rejects flags that mean nothing for this kind of data, rather than ignoring them.
    func checkApplicability(to source: DataSource) throws(InputError) {
        switch source {
        case .builtIn:
            let csvOnly = "applies to CSV data (--data, or a CSV file named by --dataset)"
            if regression { throw InputError("--regression \(csvOnly)") }
            if noRescale { throw InputError("--no-rescale \(csvOnly)") }
        case .csv, .digits:
            if case .digits = source, regression || noRescale {
                throw InputError("\(regression ? "--regression" : "--no-rescale") does not apply to the digits")
            }
            let given = [("--noise", noise != nil), ("--points", points != nil), ("--classes", classes != nil)]
            if let flag = given.first(where: \.1)?.0 {
                throw InputError("\(flag) applies to the built-in datasets, not to CSV data")
            }
        }
    }
}

