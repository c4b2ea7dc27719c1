import Foundation
import NNCore
import NNSession

/// Where the points of a run come from: a built-in generator or a CSV file.
enum DataSource: Equatable {
    /// A built-in dataset, drawn from the seed.
    case builtIn(DatasetKind)
    /// A CSV file: `file` is what is read, `reference` what the configuration (and so
    /// a saved model) records: the path as given to `--data`, or the shipped
    /// dataset's name as given to `--dataset`.
    case csv(file: String, reference: String)
    /// The shipped 8×8 digits (`datasets/digits.csv`): 64 inputs, ten classes.
    case digits(file: String)

    /// The built-in kind, nil for CSV data.
    var kind: DatasetKind? {
        if case .builtIn(let kind) = self { return kind }
        return nil
    }

    /// The value of `DatasetConfig.csvPath` for this source.
    var reference: String? {
        switch self {
        case .builtIn: return nil
        case .csv(_, let reference): return reference
        case .digits: return DigitsDataset.name
        }
    }

    /// True when this source names the same points as `config`'s dataset.
    func matches(_ config: DatasetConfig) -> Bool {
        kind == config.kind && reference == config.csvPath
    }

    /// The source the flags ask for: `--data FILE`, `--dataset NAME` (a built-in or a
    /// CSV file in the shipped datasets folder), or else the base configuration's own
    /// dataset (that of a loaded model, `loadedFrom`).
    static func resolve(dataset name: String?, data path: String?, base: DatasetConfig,
                        loadedFrom model: String?, locator: ResourceLocator) throws(InputError) -> DataSource {
        switch (name, path) {
        case (_?, _?):
            throw InputError("give either --dataset or --data, not both")
        case (nil, let path?):
            return .csv(file: path, reference: path)
        case (let name?, nil):
            return try named(name, locator: locator)
        case (nil, nil):
            if let kind = base.kind { return .builtIn(kind) }
            guard let reference = base.csvPath else { throw InputError("no data: give --dataset or --data") }
            if reference == DigitsDataset.name { return try named(reference, locator: locator) }
            if FileManager.default.fileExists(atPath: reference) { return .csv(file: reference, reference: reference) }
            if let file = DatasetFolder(locator: locator)?.file(named: reference) {
                return .csv(file: file, reference: reference)
            }
            throw InputError("the model was trained on '\(reference)', which cannot be found; give the file with --data",
                             path: model)
        }
    }

    /// A built-in dataset or a shipped CSV file called `name`.
    static func named(_ name: String, locator: ResourceLocator) throws(InputError) -> DataSource {
        if let kind = DatasetKind(rawValue: name.lowercased()) { return .builtIn(kind) }
        let folder = DatasetFolder(locator: locator)
        if name.lowercased() == DigitsDataset.name {
            guard let file = folder?.digitsFile else {
                throw InputError("the 8x8 digits file (datasets/digits.csv) cannot be found; "
                                 + "set \(ResourceLocator.homeVariable) to the folder holding datasets/")
            }
            return .digits(file: file)
        }
        if let file = folder?.file(named: name) { return .csv(file: file, reference: name) }
        let builtIn = DatasetKind.allCases.map(\.rawValue).joined(separator: ", ")
        let shipped = folder?.names() ?? []
        let files = shipped.isEmpty ? "" : "; CSV: \(shipped.joined(separator: ", "))"
        throw InputError("unknown dataset '\(name)' (built-in: \(builtIn)\(files); or give a file with --data)")
    }
}
