import Foundation
import NNCore
@testable import NNSession

/// The lesson files under `Tests/NNSessionTests/Lessons` and small helpers.
enum LessonFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Lessons")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The shipped datasets folder of this package.
    static var datasets: DatasetFolder { DatasetFolder(path: packageRoot.appendingPathComponent("datasets").path) }

    /// A lesson from text, with a front matter added.
    static func lesson(_ body: String, id: String = "test") throws -> Lesson {
        try LessonParser.parse("---\nid: \(id)\ntitle: Test\n---\n" + body, path: "test.md")
    }

    /// The error parsing `text` gives (nil if it parses).
    static func parseError(_ text: String) -> InputError? {
        do throws(InputError) {
            _ = try LessonParser.parse(text, path: "bad.md")
            return nil
        } catch {
            return error
        }
    }
}
