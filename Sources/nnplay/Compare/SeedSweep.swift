import NNCore

/// The same setup trained from several seeds, to see how much a result owes to luck.
/// Run k (0, 1, …) varies, from the base setup:
/// - `data`: the points and their split (dataset draw k), same initial weights and batch order;
/// - `weights`: the initial weights, batch order and dropout (seed base+k), same points and split;
/// - `both`: everything random (seed base+k), as `nnplay train --seed` does.
struct SeedSweep {
    enum Vary: String, CaseIterable { case data, weights, both }

    let base: TrainingConfig
    /// The CSV points, for CSV data.
    let csv: Dataset?
    let problem: Problem
    let vary: Vary
    let seeds: Int
    let epochs: Int
    /// The base setup's points and split (for `weights`).
    let baseSplit: DataSplit

    init(base: TrainingConfig, csv: Dataset?, problem: Problem, vary: Vary, seeds: Int, epochs: Int) throws(InputError) {
        self.base = base
        self.csv = csv
        self.problem = problem
        self.vary = vary
        self.seeds = seeds
        self.epochs = epochs
        baseSplit = try Trainer(config: base, dataset: DatasetFactory.make(base, loaded: csv)).split
    }

    /// What a resume file must match: everything that changes what a run computes.
    var resumeSettings: [String: String] {
        ["vary": vary.rawValue, "seeds": "\(seeds)", "epochs": "\(epochs)", "config": ConfigText.of(base)]
    }

    /// The configuration of run `k`.
    func config(_ k: Int) -> TrainingConfig {
        var config = base
        switch vary {
        case .data: config.dataset.generation = base.dataset.generation + k
        case .weights, .both: config.seed = base.seed &+ UInt64(k)
        }
        return config
    }

    /// Trains run `k` (nil if its trainer cannot be built, which the base's check rules out).
    func run(_ k: Int) -> RunFigures? {
        trained(k).map(RunFigures.init)
    }

    /// Run `k`'s trainer at the end of its training (nil if it cannot be built).
    func trained(_ k: Int) -> Trainer? {
        do throws(InputError) {
            let config = config(k)
            if vary == .weights {
                return HeadlessTraining.train(try Trainer(config: config, problem: problem, split: baseSplit), epochs: epochs)
            }
            return try HeadlessTraining.run(config, csv: csv, epochs: epochs)
        } catch {
            return nil
        }
    }
}

/// The smallest, middle and largest of some numbers (the median of an even count is
/// the mean of the two middle ones); nil for no numbers.
struct Spread: Equatable {
    let min: Double
    let median: Double
    let max: Double

    init?(_ values: [Double]) {
        let sorted = values.sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        let mid = sorted.count / 2
        min = first
        max = last
        median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
