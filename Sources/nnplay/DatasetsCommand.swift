import ArgumentParser
import NNCore
import NNSession

/// `nnplay datasets`: the built-in datasets and the CSV files shipped in `datasets/`.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List the built-in datasets and the CSV files in the datasets folder.",
        discussion: """
        Any of the names can be given to 'nnplay train --dataset NAME'. The datasets \
        folder is found beside the repository or the executable, or at \
        $NNPLAY_HOME/datasets; other CSV files can be used with --data FILE.
        """
    )

    func run() throws {
        print(Self.listing(locator: .current()))
    }

    /// The whole listing: built-ins with their summaries, then the CSV files.
    static func listing(locator: ResourceLocator) -> String {
        let width = 14
        var lines = ["Built-in datasets:"]
        for kind in DatasetKind.allCases {
            lines.append("  " + kind.rawValue.column(width) + kind.summary)
        }
        lines.append("")
        guard let folder = DatasetFolder(locator: locator) else {
            let places = locator.candidates(for: DatasetFolder.folderName).prefix(3).joined(separator: ", ")
            lines.append("No datasets folder found (looked in \(places), ...); set \(ResourceLocator.homeVariable).")
            return lines.joined(separator: "\n")
        }
        let names = folder.names()
        lines.append("CSV files in \(folder.path):")
        if names.isEmpty { lines.append("  (none)") }
        for name in names {
            lines.append("  " + name.column(width) + describe(name, in: folder))
        }
        return lines.joined(separator: "\n")
    }

    /// `150 points, 3 classes`, or why the file cannot be used.
    static func describe(_ name: String, in folder: DatasetFolder) -> String {
        guard let file = folder.file(named: name) else { return "cannot be read" }
        do throws(InputError) {
            if name == DigitsDataset.name {
                let digits = try DigitsDataset(text: try TextFile.read(file), path: file)
                return "\(digits.images.count) images of 8x8 pixels (64 inputs), 10 classes (nnplay digits)"
            }
            let dataset = try CSVDatasetParser.parse(try TextFile.read(file), path: file)
            let kind = dataset.problem.isClassification ? "\(dataset.problem.classCount) classes" : "regression"
            return "\(dataset.samples.count) points, \(kind)"
        } catch {
            return "unusable: \(error.description)"
        }
    }
}
