/// Which points the playground trains on and how they are split.
package struct DatasetConfig: Codable, Equatable, Sendable {
    /// A built-in generator, or nil when the points come from a CSV file.
    package var kind: DatasetKind?
    /// The CSV file the points came from (for reports; the core never reads files).
    package var csvPath: String?
    /// TensorFlow Playground's noise, 0…0.5.
    package var noise: Double
    /// Fraction of the points held out for testing, 0 ≤ r < 1.
    package var testRatio: Double
    /// Fraction of all the points set aside for validation (early stopping watches
    /// their loss), carved from the end of the training part: 0 ≤ v and v + testRatio < 1.
    /// 0 (the default) leaves every set as it was without one.
    package var validationRatio: Double
    /// How the coordinates are rescaled before training (fitted on the training points).
    package var scale: InputScaling
    /// Number of points; nil means the dataset's default (500, 1200 for regression).
    package var count: Int?
    /// Number of classes of `blobs` (3…6).
    package var classes: Int
    /// Which draw of the generator: "regenerate data" increments it.
    package var generation: Int

    package init(kind: DatasetKind? = .circle, csvPath: String? = nil, noise: Double = 0, testRatio: Double = 0.5,
                count: Int? = nil, classes: Int = 3, generation: Int = 0, validationRatio: Double = 0,
                scale: InputScaling = .none) {
        self.kind = kind
        self.csvPath = csvPath
        self.noise = noise
        self.testRatio = testRatio
        self.validationRatio = validationRatio
        self.scale = scale
        self.count = count
        self.classes = classes
        self.generation = generation
    }

    /// The name shown to people: the built-in's name or the CSV file's.
    package var displayName: String {
        if let kind { return kind.rawValue }
        return csvPath ?? "csv"
    }
}
