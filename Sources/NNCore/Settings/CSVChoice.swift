/// The points a session read from a CSV file, which the dataset setting can come back
/// to after trying the built-in ones.
package struct CSVChoice: Equatable, Sendable {
    /// The file's name as the configuration records it (`csvPath`).
    package var path: String?
    /// What its labels pose: classes or regression.
    package var problem: Problem

    package init(path: String?, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// The problem `dataset` poses when the only CSV data around is this (or none):
    /// the built-ins' own, this file's for CSV data, two classes if there is no file.
    package static func problem(of dataset: DatasetConfig, csv: CSVChoice?) -> Problem {
        dataset.builtInProblem ?? csv?.problem ?? .classification(classes: 2)
    }
}
