import Foundation
import NNCore

/// Reading and writing the user's files: every failure becomes an `InputError`
/// naming the path, and writes are atomic so that nothing half-written is left.
package enum TextFile {
    /// The whole file as UTF-8 text, or an `InputError` saying why it cannot be read.
    package static func read(_ path: String) throws(InputError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("no such file", path: path)
        }
        if isDirectory.boolValue { throw InputError("is a directory, not a file", path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("cannot be read (permission denied?)", path: path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError("is not UTF-8 text", path: path)
        }
        return text
    }

    /// Writes `text` to `path` atomically: a temporary file in the same folder, then a
    /// rename, so a kill or a full disk never leaves a truncated file behind.
    package static func writeAtomically(_ text: String, to path: String) throws(InputError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError("cannot write: \(error.localizedDescription)", path: path)
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputError("cannot write: \(reason)", path: path)
        }
    }
}
