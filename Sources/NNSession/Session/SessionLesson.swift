/// The lesson a session was recorded in (the header's `lesson` key), so that
/// `nnplay grade` can tell which lesson, and which version of it, the student did:
/// `{"contentHash":"3f9c0e2a71d45b86","id":"learning-rate"}`.
package struct SessionLesson: Codable, Equatable, Sendable {
    /// The lesson's id (`Lesson.id`).
    package var id: String
    /// The lesson file's `Lesson.contentHash` when recording started.
    package var contentHash: String

    package init(id: String, contentHash: String) {
        self.id = id
        self.contentHash = contentHash
    }

    package init(_ lesson: Lesson) {
        self.init(id: lesson.id, contentHash: lesson.contentHash)
    }
}
