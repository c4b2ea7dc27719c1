import Foundation
import NNCore

/// The shipped `lessons/` folder (found by `ResourceLocator` like `datasets/`): one
/// Markdown file per lesson, in course order by file name (`01-learning-rate.md`);
/// `README.md` describes the format and is not a lesson.
package struct LessonFolder: ShippedFolder, Sendable, Equatable {
    package static let folderName = "lessons"
    package static let fileExtension = "md"

    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// The lesson files, sorted by name (full paths).
    package func files() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names
            .filter { ($0 as NSString).pathExtension.lowercased() == Self.fileExtension }
            .filter { !$0.hasPrefix(".") && $0.lowercased() != "readme.md" }
            .sorted()
            .map { (path as NSString).appendingPathComponent($0) }
    }

    /// The file of the lesson called `name`: a lesson id (from the front matter), a file
    /// name with or without `.md`, or a file name without its number prefix
    /// (`learning-rate` for `01-learning-rate.md`). Nil when none matches.
    package func file(named name: String) -> String? {
        let key = name.lowercased()
        let all = files()
        for file in all {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
            let unnumbered = String(stem.drop(while: { $0.isNumber })).drop(while: { $0 == "-" || $0 == "_" })
            if key == stem || key == stem + ".md" || key == String(unnumbered) { return file }
        }
        return all.first { (try? LessonParser.read($0))?.id == key }
    }

    /// The file `argument` names: an existing path (anything with a slash or a `.md`
    /// ending is read as a path), otherwise a shipped lesson's id or name.
    package static func resolve(_ argument: String, folder: LessonFolder?) throws(InputError) -> String {
        let isPath = argument.contains("/") || argument.lowercased().hasSuffix(".md")
        if isPath && FileManager.default.fileExists(atPath: argument) { return argument }
        if let file = folder?.file(named: argument) { return file }
        if isPath { throw InputError("no such file", path: argument) }
        guard let folder else {
            throw InputError("no lessons folder found for '\(argument)'; give a lesson file or set \(ResourceLocator.homeVariable)")
        }
        let ids = folder.files().compactMap { try? LessonParser.read($0).id }
        throw InputError("no lesson '\(argument)' (lessons: \(ids.joined(separator: ", ")))")
    }
}
