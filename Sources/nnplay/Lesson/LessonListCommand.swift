import ArgumentParser
import NNCore
import NNSession

/// `nnplay lesson list`: every shipped lesson with the student's progress.
struct LessonListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the shipped lessons with your progress."
    )

    func run() throws {
        print(try Self.listing(locator: .current(), store: .standard()))
    }

    /// The listing: one line per lesson (number, id, title, progress). Warnings about
    /// unreadable progress files go to stderr.
    static func listing(locator: ResourceLocator, store: LessonProgressStore) throws(InputError) -> String {
        guard let folder = LessonFolder(locator: locator) else {
            let places = locator.candidates(for: LessonFolder.folderName).prefix(3).joined(separator: ", ")
            throw InputError("no lessons folder found (looked in \(places), ...); set \(ResourceLocator.homeVariable)")
        }
        var rows: [(String, String, String, String)] = []
        for (n, file) in folder.files().enumerated() {
            do throws(InputError) {
                let lesson = try LessonParser.read(file)
                let loaded = store.load(for: lesson)
                if let warning = loaded.warning { StandardError.line("warning: \(warning)") }
                rows.append(("\(n + 1)", lesson.id, lesson.title, loaded.progress.summary))
            } catch {
                rows.append(("\(n + 1)", "?", "unreadable: \(error.description)", ""))
            }
        }
        let idWidth = max(2, rows.map(\.1.count).max() ?? 0) + 2
        let titleWidth = min(56, rows.map(\.2.count).max() ?? 0) + 2
        var lines = ["Lessons in \(folder.path):"]
        for (n, id, title, progress) in rows {
            lines.append(n.column(4) + id.column(idWidth) + title.column(titleWidth) + progress)
        }
        if rows.isEmpty { lines.append("  (none)") }
        lines.append("")
        lines.append("Open one with 'nnplay lesson ID'; authors check files with 'nnplay lesson check'.")
        return lines.joined(separator: "\n")
    }
}
