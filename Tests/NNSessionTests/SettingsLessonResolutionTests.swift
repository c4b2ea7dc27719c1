import Foundation
import NNCore
@testable import NNSession
import Testing

/// Every shipped lesson and test-fixture lesson resolves to the same configurations
/// as before the settings table (issue 9): each step's setup, and the configuration
/// its solution's setting lines lead to from there. The expected configurations were
/// recorded from the code before the table, in `Lessons/resolved-configs.json`.
@Suite struct SettingsLessonResolutionTests {
    static let golden = LessonFixtures.folder.appendingPathComponent("resolved-configs.json")

    static func lessonPaths() throws -> [String] {
        let shipped = LessonFixtures.packageRoot.appendingPathComponent("lessons")
        var paths: [String] = []
        for folder in [shipped, LessonFixtures.folder] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            paths += names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
                .map { folder.appendingPathComponent($0).path }
        }
        return paths
    }

    /// `lesson file#step` (and `…#step solution`) → configuration.
    static func resolve() throws -> [String: TrainingConfig] {
        var result: [String: TrainingConfig] = [:]
        for path in try lessonPaths() {
            let lesson = try LessonParser.read(path)
            if lesson.curves != nil || lesson.landscape != nil { continue }  // a lab lesson: no playground configuration
            let data = LessonData(datasets: LessonFixtures.datasets, lessonFolder: (path as NSString).deletingLastPathComponent)
            let name = (path as NSString).lastPathComponent
            for index in lesson.steps.indices {
                let setup = try lesson.resolvedSetup(ofStep: index, data: data)
                result["\(name)#\(index)"] = setup.config
                guard let solution = lesson.steps[index].solution else { continue }
                let settings = solution.actions.compactMap { line -> SettingChange? in
                    if case .set(let setting) = line.action { return setting }
                    return nil
                }
                result["\(name)#\(index) solution"] = try setup.config.applying(settings, problem: data.problem(of:))
            }
        }
        return result
    }

    @Test func lessonsResolveAsBefore() throws {
        let resolved = try Self.resolve()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard FileManager.default.fileExists(atPath: Self.golden.path) else {
            try encoder.encode(resolved).write(to: Self.golden)
            Issue.record("recorded \(Self.golden.path); run again")
            return
        }
        let expected = try JSONDecoder().decode([String: TrainingConfig].self, from: Data(contentsOf: Self.golden))
        #expect(Set(resolved.keys) == Set(expected.keys))
        for (key, config) in resolved.sorted(by: { $0.key < $1.key }) {
            #expect(config == expected[key], "\(key)")
        }
    }
}
