import Foundation
import NNCore

/// Where lesson progress lives: one JSON file per lesson id in
/// `$XDG_STATE_HOME/nnplay/lessons/` (default `~/.local/state/nnplay/lessons/`),
/// written atomically (a temporary file, then a rename) so a kill never leaves half a
/// file. A file that cannot be read as progress is never overwritten blindly: it is
/// moved aside (`<id>.json.bad`, `.bad.1`, ...) and the student starts the lesson
/// afresh, with a warning saying where the old file went.
package struct LessonProgressStore: Sendable {
    /// The folder holding the progress files.
    package var directory: String

    package init(directory: String) {
        self.directory = directory
    }

    /// The store of the running user: `$XDG_STATE_HOME/nnplay/lessons`, or
    /// `$HOME/.local/state/nnplay/lessons` when the variable is unset, empty or relative
    /// (as the XDG specification says to ignore relative paths).
    package static func standardDirectory(environment: [String: String]) -> String {
        (UserFolders.state(environment: environment) as NSString).appendingPathComponent("lessons")
    }

    /// The store for this process's environment.
    package static func standard() -> LessonProgressStore {
        LessonProgressStore(directory: standardDirectory(environment: ProcessInfo.processInfo.environment))
    }

    /// The file of lesson `id`.
    package func file(for id: String) -> String {
        (directory as NSString).appendingPathComponent("\(id).json")
    }

    /// What `load` found.
    package struct Loaded: Sendable {
        /// The progress to resume from (fresh when there was none or it was unreadable).
        package var progress: LessonProgress
        /// Set when a bad file was moved aside: a sentence for the student.
        package var warning: String?
    }

    /// The saved progress of `lesson`, adapted to its current content (see
    /// `LessonProgress.adapted`), or fresh progress. Never throws: an unreadable file
    /// is moved aside and reported in `warning`.
    package func load(for lesson: Lesson) -> Loaded {
        let path = file(for: lesson.id)
        guard FileManager.default.fileExists(atPath: path) else {
            return Loaded(progress: LessonProgress(lesson: lesson), warning: nil)
        }
        do {
            let saved = try JSONInput.decode(LessonProgress.self, from: try TextFile.read(path), path: path)
            guard saved.version == LessonProgress.currentVersion, saved.lesson == lesson.id else {
                throw InputError("not progress of lesson '\(lesson.id)' in format \(LessonProgress.currentVersion)")
            }
            return Loaded(progress: saved.adapted(to: lesson), warning: nil)
        } catch {
            let fresh = LessonProgress(lesson: lesson)
            guard let aside = moveAside(path) else {
                return Loaded(progress: fresh, warning: "\(path): unreadable progress, and it cannot be moved aside; starting afresh")
            }
            return Loaded(progress: fresh, warning: "\(path): unreadable progress was moved to \(aside); starting afresh")
        }
    }

    /// Saves `progress` atomically, creating the folder if needed.
    package func save(_ progress: LessonProgress) throws(InputError) {
        let path = file(for: progress.lesson)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the folder: \(error.localizedDescription)", path: directory)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        do { data = try encoder.encode(progress) } catch {
            throw InputError("cannot encode progress: \(error.localizedDescription)", path: path)
        }
        try TextFile.writeAtomically(String(decoding: data, as: UTF8.self) + "\n", to: path)
    }

    /// Renames `path` to the first free `path.bad`, `path.bad.1`, ...; nil on failure.
    private func moveAside(_ path: String) -> String? {
        let manager = FileManager.default
        for n in 0..<1000 {
            let target = n == 0 ? "\(path).bad" : "\(path).bad.\(n)"
            if manager.fileExists(atPath: target) { continue }
            return (try? manager.moveItem(atPath: path, toPath: target)) != nil ? target : nil
        }
        return nil
    }
}
