import NNCore

/// A grid search over two numeric settings: every pair of values (a cell) trained from
/// `seeds` seeds (the base seed, +1, +2, …: the same seeds, so the same points and
/// initial weights where shapes agree, in every cell), each cell's figures averaged over
/// its seeds, and the best cell chosen on the validation set: highest mean validation
/// accuracy (ties: lower validation loss), or lowest validation loss for regression.
/// The test set is reported but never used to choose.
struct GridSearch {
    let base: TrainingConfig
    /// The CSV points, for CSV data (nil for a built-in dataset, drawn per seed).
    let csv: Dataset?
    let problem: Problem
    let x: SearchAxis
    let y: SearchAxis
    let xValues: [Double]
    let yValues: [Double]
    let seeds: Int
    let epochs: Int

    /// One training run: cell `cell` (index into `cells`) with seed offset `seed`.
    struct Job {
        let cell: Int
        let seed: Int
    }

    /// What a resume file must match: everything that changes what a run computes.
    var resumeSettings: [String: String] {
        func axis(_ a: SearchAxis, _ values: [Double]) -> String {
            "\(a.setting.key)=\(a.low)..\(a.high):\(a.scale.rawValue) [" + values.map { "\($0)" }.joined(separator: " ") + "]"
        }
        return ["x": axis(x, xValues), "y": axis(y, yValues), "seeds": "\(seeds)", "epochs": "\(epochs)",
                "config": ConfigText.of(base)]
    }

    /// Cells in reading order of the heatmap: y outer, x inner.
    var cells: [(x: Double, y: Double)] {
        yValues.flatMap { yv in xValues.map { xv in (xv, yv) } }
    }

    /// Every run, cell by cell, seed by seed.
    var jobs: [Job] {
        (0..<cells.count).flatMap { cell in (0..<seeds).map { Job(cell: cell, seed: $0) } }
    }

    /// The configuration of one run: the base with the cell's two values and the seed.
    func config(for job: Job) throws(InputError) -> TrainingConfig {
        let cell = cells[job.cell]
        let seed = Settings.seed.change(.seed(base.seed &+ UInt64(job.seed)))
        let problem = self.problem
        let config = try base.applying([x.change(cell.x), y.change(cell.y), seed]) {
            (_: DatasetConfig) throws(InputError) -> Problem in problem
        }
        try config.validate(for: problem)
        return config
    }

    /// Checks every cell's configuration before any training, so a bad value fails at once.
    func validate() throws(InputError) {
        for cell in 0..<cells.count { _ = try config(for: Job(cell: cell, seed: 0)) }
    }

    /// Trains one run (configurations were validated, so this does not fail in practice;
    /// a failure counts as a diverged run).
    func run(_ job: Job) -> RunFigures? {
        do throws(InputError) {
            return RunFigures(try HeadlessTraining.run(config(for: job), csv: csv, epochs: epochs))
        } catch {
            return nil
        }
    }

    /// Each cell's figures from the runs' (in `jobs` order; nil for a run not done). A cell
    /// with a run not done (an interrupted search) is reported as not done at all.
    func results(_ runs: [RunFigures?]) -> [CellResult] {
        cells.indices.map { cell in
            let own = Array(runs[(cell * seeds)..<((cell + 1) * seeds)])
            return CellResult(x: cells[cell].x, y: cells[cell].y, runs: own.contains { $0 == nil } ? [] : own)
        }
    }
}

/// One cell's figures: each the mean over the cell's finished runs (summed in seed
/// order, so the same bits whatever the thread count); nil when it does not apply.
struct CellResult: Equatable {
    let x: Double
    let y: Double
    /// Runs finished (all of the cell's seeds unless the search was interrupted).
    let runs: Int
    let divergedRuns: Int
    let trainLoss: Double?
    let trainAccuracy: Double?
    let validationLoss: Double?
    let validationAccuracy: Double?
    let testLoss: Double?
    let testAccuracy: Double?

    init(x: Double, y: Double, runs: [RunFigures?]) {
        self.x = x
        self.y = y
        let done = runs.compactMap { $0 }
        self.runs = done.count
        divergedRuns = done.filter(\.diverged).count
        func mean(_ value: (RunFigures) -> Double?) -> Double? {
            let values = done.compactMap(value)
            guard !values.isEmpty, values.count == done.count else { return nil }
            return values.reduce(0, +) / Double(values.count)
        }
        trainLoss = mean(\.trainLoss)
        trainAccuracy = mean(\.trainAccuracy)
        validationLoss = mean(\.validationLoss)
        validationAccuracy = mean(\.validationAccuracy)
        testLoss = mean(\.testLoss)
        testAccuracy = mean(\.testAccuracy)
    }

    /// The index of the best cell by the validation figures (see `GridSearch`); nil when
    /// no cell has a finite validation figure.
    static func best(of cells: [CellResult]) -> Int? {
        func key(_ c: CellResult) -> (Double, Double)? {
            guard let loss = c.validationLoss, loss.isFinite else { return nil }
            if let accuracy = c.validationAccuracy {
                return accuracy.isFinite ? (-accuracy, loss) : nil
            }
            return (loss, 0)
        }
        var best: (index: Int, key: (Double, Double))?
        for (i, cell) in cells.enumerated() {
            guard let k = key(cell) else { continue }
            if best == nil || k < best!.key { best = (i, k) }
        }
        return best?.index
    }
}
