import Foundation
import NNCore

/// Where a lesson's CSV datasets are found and how they are read: a name such as
/// `iris` is a file of the shipped `datasets/` folder, a name with a slash or a
/// `.csv` ending is a path relative to the lesson's own folder (so a teacher can ship
/// data beside a lesson). Points outside [−6, 6]² are rescaled to [−5, 5], as
/// `nnplay train` does by default.
package struct LessonData: Sendable {
    /// The shipped datasets folder, if any.
    package var datasets: DatasetFolder?
    /// The folder of the lesson file, for relative paths.
    package var lessonFolder: String?

    package init(datasets: DatasetFolder?, lessonFolder: String? = nil) {
        self.datasets = datasets
        self.lessonFolder = lessonFolder
    }

    /// The data of the running program for the lesson at `lessonPath`.
    package init(locator: ResourceLocator, lessonPath: String?) {
        datasets = DatasetFolder(locator: locator)
        lessonFolder = lessonPath.map { ($0 as NSString).deletingLastPathComponent }
    }

    /// What the labels of `dataset` are: known without drawing points for the
    /// built-ins, read from the file for CSV data.
    package func problem(of dataset: DatasetConfig) throws(InputError) -> Problem {
        if let problem = dataset.builtInProblem { return problem }
        return try load(dataset.csvPath ?? "").problem
    }

    /// The points of the CSV dataset `name`, or nil for a built-in config.
    package func csv(for dataset: DatasetConfig) throws(InputError) -> Dataset? {
        guard dataset.kind == nil else { return nil }
        return try load(dataset.csvPath ?? "")
    }

    /// Reads, parses and if needed rescales the CSV dataset called `name`; `digits` is
    /// the shipped 8×8 digits (64 inputs, never rescaled).
    package func load(_ name: String) throws(InputError) -> Dataset {
        if name == DigitsDataset.name {
            guard let file = datasets?.digitsFile else {
                throw InputError("the 8x8 digits (datasets/digits.csv) cannot be found")
            }
            return try DigitsDataset(text: try TextFile.read(file), path: file).dataset
        }
        let file = try locate(name)
        var dataset = try CSVDatasetParser.parse(try TextFile.read(file), path: file)
        if !DomainFit.fitsDomain(dataset.samples) { dataset.samples = DomainFit.rescale(dataset.samples) }
        return dataset
    }

    /// The file of the dataset `name`.
    package func locate(_ name: String) throws(InputError) -> String {
        let isPath = name.contains("/") || name.lowercased().hasSuffix(".csv")
        if isPath {
            let full = name.hasPrefix("/") || lessonFolder == nil
                ? name : ((lessonFolder! as NSString).appendingPathComponent(name))
            guard FileManager.default.fileExists(atPath: full) else {
                throw InputError("dataset '\(name)' not found (looked for \(full))")
            }
            return full
        }
        guard let file = datasets?.file(named: name) else {
            let shipped = datasets?.names().joined(separator: ", ") ?? "no datasets folder found"
            throw InputError("unknown dataset '\(name)' (built-in: \(DatasetKind.allCases.map(\.rawValue).joined(separator: ", ")); CSV: \(shipped))")
        }
        return file
    }
}
