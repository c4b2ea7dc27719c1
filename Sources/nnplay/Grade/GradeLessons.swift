import Foundation
import NNCore
import NNSession

/// The lessons `nnplay grade` grades against, by id: the shipped ones, then the
/// files and folders given with `--lessons` (which win over a shipped lesson with the
/// same id). A shipped lesson that does not parse is left out (`nnplay lesson check`
/// reports it); a given one that does not parse is an error.
enum GradeLessons {
    static func load(locator: ResourceLocator, extra: [String]) throws(InputError) -> [String: Lesson] {
        var lessons: [String: Lesson] = [:]
        for file in LessonFolder(locator: locator)?.files() ?? [] {
            if let lesson = try? LessonParser.read(file) { lessons[lesson.id] = lesson }
        }
        for path in extra {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("no such lesson file or folder", path: path)
            }
            let files = isDirectory.boolValue ? LessonFolder(path: path).files() : [path]
            for file in files {
                let lesson = try LessonParser.read(file)
                lessons[lesson.id] = lesson
            }
        }
        return lessons
    }
}
