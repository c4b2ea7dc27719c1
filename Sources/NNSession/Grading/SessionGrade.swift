import NNCore

/// What `nnplay grade` finds in one student's recorded lesson session: which lesson
/// (and which version of it), the goals met and answers given, the time spent, and
/// whether the recording verified. Only a verified session carries goals and answers:
/// one that does not verify is marked with the reason and never counted.
package struct SessionGrade: Equatable, Sendable {
    /// The session file, as given.
    package var file: String
    /// The lesson recorded in the header; nil when unreadable or not a lesson session.
    package var lesson: SessionLesson?
    /// The number of steps of the lesson graded against; nil when it is unknown.
    package var lessonSteps: Int?
    /// Wall-clock seconds from the start of recording to its last event.
    package var seconds: Double?
    /// Nil when the session verified; otherwise why not.
    package var problem: Problem?
    /// The lesson steps whose goal was met, in step order (empty unless verified).
    package var goalsMet: [GoalMet]
    /// The last answer given at each step, in step order (empty unless verified).
    package var answers: [Answer]

    package var isVerified: Bool { problem == nil }

    /// Why a session did not verify.
    package enum Problem: Equatable, Sendable, CustomStringConvertible {
        /// The file cannot be read as a session (`file:line: message`).
        case unreadable(String)
        /// The header names no lesson: recorded with `nnplay play`, not `nnplay lesson`.
        case notALesson
        /// No lesson with this id among the shipped and given lessons.
        case unknownLesson
        /// The lesson's content hash differs from the recording's: another version.
        case otherLessonVersion(lessonHash: String)
        /// A checkpoint does not match (an edited file): `file:line: desync ...`.
        case desync(String)
        /// The recording has no end line (cut off, or the end was removed).
        case truncated

        package var description: String {
            switch self {
            case .unreadable(let message): return "unreadable: \(message)"
            case .notALesson: return "not a lesson session (no lesson in its header: recorded with 'nnplay play' or an older nnplay)"
            case .unknownLesson: return "unknown lesson"
            case .otherLessonVersion(let hash): return "another lesson version (the lesson's hash is \(hash))"
            case .desync(let message): return "does not replay (edited?): \(message)"
            case .truncated: return "truncated: no end line"
            }
        }
    }

    /// A lesson step's goal met: the step (1-based) and when.
    package struct GoalMet: Equatable, Sendable {
        package var step: Int
        package var goal: String
        package var sessionStep: Int
        package var epoch: Int
    }

    /// The answer given at a lesson step (1-based), its key and whether it is correct
    /// (nil when the step has no such question).
    package struct Answer: Equatable, Sendable {
        package var step: Int
        package var choice: Character
        package var isCorrect: Bool?

        package init(step: Int, choice: Character, isCorrect: Bool?) {
            self.step = step
            self.choice = choice
            self.isCorrect = isCorrect
        }
    }
}
