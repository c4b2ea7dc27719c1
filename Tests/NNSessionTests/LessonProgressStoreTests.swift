import Foundation
import NNCore
@testable import NNSession
import Testing

@Suite struct LessonProgressStoreTests {
    let folder: URL
    let store: LessonProgressStore
    let lesson: Lesson

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-progress-\(UUID().uuidString)")
        store = LessonProgressStore(directory: folder.appendingPathComponent("nnplay/lessons").path)
        lesson = try LessonParser.read(LessonFixtures.path("valid.md"))
    }

    func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store.directory)) ?? []).sorted()
    }

    @Test func theStandardFolderFollowsXDG() {
        #expect(LessonProgressStore.standardDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/nnplay/lessons")
        #expect(LessonProgressStore.standardDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/nnplay/lessons")
        #expect(LessonProgressStore.standardDirectory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
                == "/h/.local/state/nnplay/lessons")
    }

    @Test func progressRoundTripsAndLeavesNoTemporaryFile() throws {
        var session = LessonSession(lesson: lesson, progress: store.load(for: lesson).progress)
        session.revealHint()
        session.answer(1)
        try store.save(session.progress)
        #expect(files() == ["first-steps.json"])
        let loaded = store.load(for: lesson)
        #expect(loaded.warning == nil)
        #expect(loaded.progress == session.progress)
        #expect(loaded.progress.steps[0].hintsShown == 1)
        // Saving again replaces the file whole.
        session.revealHint()
        try store.save(session.progress)
        #expect(store.load(for: lesson).progress.steps[0].hintsShown == 2)
        #expect(files() == ["first-steps.json"])
    }

    @Test func aCorruptFileIsKeptAsideAndTheLessonStartsAfresh() throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let path = store.file(for: lesson.id)
        try Data("{\"version\":1,\"lesson\":".utf8).write(to: URL(fileURLWithPath: path))
        let loaded = store.load(for: lesson)
        #expect(loaded.progress == LessonProgress(lesson: lesson))
        #expect(loaded.warning?.contains("first-steps.json.bad") == true)
        #expect(files() == ["first-steps.json.bad"])
        #expect(try String(contentsOfFile: path + ".bad", encoding: .utf8) == "{\"version\":1,\"lesson\":")
        // A second bad file does not overwrite the first.
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: path))
        _ = store.load(for: lesson)
        #expect(files() == ["first-steps.json.bad", "first-steps.json.bad.1"])
    }

    @Test func progressOfAnotherVersionKeepsOnlyThePlace() throws {
        var old = LessonProgress(lesson: lesson)
        old.contentHash = "0000000000000000"
        old.steps[0].hintsShown = 2
        old.currentStep = 5
        let adapted = old.adapted(to: lesson)
        #expect(adapted.contentHash == lesson.contentHash)
        #expect(adapted.steps[0].hintsShown == 0)
        #expect(adapted.currentStep == 0)  // clamped to the lesson's single step
    }

    @Test func summaries() {
        var p = LessonProgress(lesson: lesson)
        #expect(p.summary == "not started")
        p.steps[0].hintsShown = 1
        #expect(p.summary == "step 1/1")
        p.finished = true
        #expect(p.summary == "finished")
    }
}
