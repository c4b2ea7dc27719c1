import Foundation
import Testing

/// Lessons that send a student to nnplay's source name files that exist, so a file
/// moved in a refactoring cannot leave a lesson pointing at nothing.
@Suite struct LessonSourcePointerTests {
    @Test func everySourceFileALessonNamesExists() throws {
        let folder = LessonFixtures.packageRoot.appendingPathComponent("lessons")
        var named = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: /`(Sources\/[A-Za-z0-9_+\/]+\.swift)`/) {
                named += 1
                let path = LessonFixtures.packageRoot.appendingPathComponent(String(match.1)).path
                #expect(FileManager.default.fileExists(atPath: path), "\(name) names \(match.1)")
            }
        }
        #expect(named >= 2)
    }
}
