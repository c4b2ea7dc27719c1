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
}

extension TrainingOptions {
    /// Reads what the flags point at (a model to load, a CSV file), applies the flags
    /// over the base configuration (the model's, or `TrainingConfig()`), checks the
    /// result with `TrainingConfig.validate` and builds the dataset.
    func prepare(locator: ResourceLocator) throws(InputError) -> PreparedTraining {
        var model: ModelFile?
        if let path = load { model = try ModelFile.read(path) }
        let base = model?.config ?? TrainingConfig()
        let baseProblem = model?.problem ?? .classification(classes: 2)
        let source = try DataSource.resolve(dataset: dataset, data: data, base: base.dataset,
                                            loadedFrom: load, locator: locator)
        try checkApplicability(to: source)

        var loaded: Dataset?
        var notes: [String] = []
        let problem: Problem
        switch source {
        case .builtIn(let kind):
            // Draw no points yet: only the problem (classes or regression) is needed to
            // finish the configuration, and `--points` is checked before any are drawn.
            var probe = base
            probe.dataset = DatasetConfig(kind: kind, count: 0, classes: classes ?? base.dataset.classes)
            problem = try DatasetFactory.make(probe).problem
        case .csv(let file, let reference):
            // A model trained on regression labels reads its own CSV file the same way again.
            let sameData = model != nil && source.matches(base.dataset)
            let forceRegression = regression || (sameData && baseProblem == .regression)
            let csv = try CSVData.load(file, name: reference, forceRegression: forceRegression, rescale: !noRescale)
            loaded = csv.dataset
            problem = csv.dataset.problem
            notes += csv.note.map { [$0] } ?? []
        }

        let config = applied(to: base, baseProblem: baseProblem, source: source, problem: problem)
        try config.validate(for: problem)
        let points = try DatasetFactory.make(config, loaded: loaded)
        return PreparedTraining(config: config, dataset: points, model: model, notes: notes)
    }

    /// `base` with every flag the user gave put in; flags not given keep `base`'s values,
    /// except where a change of data makes them meaningless:
    /// - new data (`--dataset`/`--data` naming other points than `base`'s) resets the
    ///   point count and, unless `--test-ratio` is given, takes the dataset's own test
    ///   ratio (`DatasetKind.defaultTestRatio`: 0 for the gates);
    /// - a different problem (regression, or another number of classes) than
    ///   `baseProblem` picks `OutputHead.natural(for:)` unless `--output` is given;
    /// - a new output head (given or picked) takes its `naturalLoss` unless `--loss` is given;
    /// - `--optimizer sgd` without `--momentum` means plain SGD (momentum 0).
    func applied(to base: TrainingConfig, baseProblem: Problem, source: DataSource, problem: Problem) -> TrainingConfig {
        var c = base

        if !source.matches(base.dataset) {
            c.dataset.count = nil
            c.dataset.testRatio = source.kind?.defaultTestRatio ?? DatasetConfig().testRatio
        }
        c.dataset.kind = source.kind
        c.dataset.csvPath = source.reference
        set(&c.dataset.testRatio, testRatio)
        set(&c.dataset.noise, noise)
        if let points { c.dataset.count = points }
        set(&c.dataset.classes, classes)

        set(&c.features, features)
        set(&c.hiddenLayers, hidden)
        set(&c.activation, activation)
        set(&c.initializer, initializer)
        let problemChanged = problem != baseProblem
        c.output = output ?? (problemChanged ? OutputHead.natural(for: problem) : base.output)
        c.loss = loss ?? (output != nil || problemChanged ? c.output.naturalLoss : base.loss)

        if let kind = optimizer {
            c.optimizer.kind = kind
            if kind == .sgd && momentum == nil {
                c.optimizer.momentum = 0
                c.optimizer.nesterov = false
            }
        }
        set(&c.optimizer.learningRate, learningRate)
        set(&c.optimizer.momentum, momentum)
        set(&c.optimizer.nesterov, nesterov)
        set(&c.optimizer.beta1, beta1)
        set(&c.optimizer.beta2, beta2)
        if let eps { c.optimizer.eps = eps }
        set(&c.optimizer.alpha, alpha)
        set(&c.optimizer.weightDecay, weightDecay)
        set(&c.schedule.kind, scheduleKind)
        set(&c.schedule.gamma, scheduleGamma)
        set(&c.schedule.stepEpochs, scheduleStep)
        if let clipNorm { c.clipNorm = clipNorm }

        set(&c.regularization.l1, l1)
        set(&c.regularization.l2, l2)
        set(&c.regularization.dropout, dropout)
        set(&c.batchSize, batchSize)
        set(&c.shuffle, shuffle)
        set(&c.seed, seed)
        return c
    }

    /// Rejects flags that mean nothing for this kind of data, rather than ignoring them.
    func checkApplicability(to source: DataSource) throws(InputError) {
        switch source {
        case .builtIn:
            let csvOnly = "applies to CSV data (--data, or a CSV file named by --dataset)"
            if regression { throw InputError("--regression \(csvOnly)") }
            if noRescale { throw InputError("--no-rescale \(csvOnly)") }
        case .csv:
            let given = [("--noise", noise != nil), ("--points", points != nil), ("--classes", classes != nil)]
            if let flag = given.first(where: \.1)?.0 {
                throw InputError("\(flag) applies to the built-in datasets, not to CSV data")
            }
        }
    }
}

/// `target = value` when a value was given.
private func set<T>(_ target: inout T, _ value: T?) {
    if let value { target = value }
}
