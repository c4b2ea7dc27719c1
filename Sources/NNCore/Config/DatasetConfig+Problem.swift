extension DatasetConfig {
    /// The problem a built-in dataset poses, known without drawing a point: regression,
    /// the blobs' classes, or two classes. Nil for CSV data, whose labels decide.
    package var builtInProblem: Problem? {
        guard let kind else { return nil }
        if kind.isRegression { return .regression }
        return .classification(classes: kind == .blobs ? classes : 2)
    }
}
