import Foundation

/// The shipped `datasets/` folder: CSV files a student can name like a built-in
/// dataset (`iris` for `datasets/iris.csv`).
package struct DatasetFolder: ShippedFolder, Sendable, Equatable {
    /// The folder's name wherever it is installed.
    package static let folderName = "datasets"
    /// The extension of dataset files.
    package static let fileExtension = "csv"

    /// The folder itself.
    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// The names of the CSV files in the folder (without `.csv`), sorted; empty when
    /// the folder cannot be read.
    package func names() -> [String] {
        entries().map(\.name)
    }

    /// The file of the dataset called `name` (`iris` or `iris.csv`, case-insensitively
    /// when there is no exact match), or nil when the folder has no such file. Names
    /// with a slash are paths, not names, and never match.
    package func file(named name: String) -> String? {
        guard !name.isEmpty, !name.contains("/") else { return nil }
        let bare = Self.isDatasetFile(name) ? (name as NSString).deletingPathExtension : name
        let all = entries()
        guard let match = all.first(where: { $0.name == bare })
                ?? all.first(where: { $0.name.lowercased() == bare.lowercased() }) else { return nil }
        return (path as NSString).appendingPathComponent(match.file)
    }

    /// (name without extension, file name) of every visible CSV file, sorted by name.
    private func entries() -> [(name: String, file: String)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return files
            .filter { Self.isDatasetFile($0) && !$0.hasPrefix(".") }
            .map { (name: ($0 as NSString).deletingPathExtension, file: $0) }
            .sorted { $0.name < $1.name }
    }

    /// The shipped 8×8 digits, `digits.csv` in the folder (read by `DigitsDataset`, not
    /// as `x1,x2,label` points), or nil when it is missing.
    package var digitsFile: String? {
        file(named: "digits")
    }

    private static func isDatasetFile(_ name: String) -> Bool {
        (name as NSString).pathExtension.lowercased() == fileExtension
    }
}
