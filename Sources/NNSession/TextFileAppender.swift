import Foundation
import NNCore

/// A text file written as it goes (frames, asciicast events) into a temporary file
/// beside `path`, then renamed onto `path` by `commit()`: a run that fails (a desync,
/// a full disk) leaves no partial file and never truncates the file that was there.
/// Without `commit()` the temporary file is removed when the appender goes away.
package final class TextFileAppender {
    package let path: String
    /// The file being written: `.NAME.PID.tmp` in `path`'s folder, so the rename is atomic.
    package let temporaryPath: String
    private let handle: FileHandle
    private var isFinished = false

    /// Starts a new file for `path`; `path` itself is untouched until `commit()`.
    package init(path: String) throws(InputError) {
        self.path = path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError("is a directory, not a file", path: path)
        }
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw InputError("cannot be created (no such folder, or permission denied?)", path: path)
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
        if !isFinished { try? FileManager.default.removeItem(atPath: temporaryPath) }
    }

    /// Writes `text` at the end of the file.
    package func append(_ text: String) throws(InputError) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw InputError("cannot write: \(error.localizedDescription)", path: path)
        }
    }

    /// Puts the finished file in place of `path` (replacing any file there, whole).
    package func commit() throws(InputError) {
        guard !isFinished else { return }
        isFinished = true
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw InputError("cannot write: \(error.localizedDescription)", path: path)
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw InputError("cannot write: \(reason)", path: path)
        }
    }

    /// Drops what was written; `path` stays as it was.
    package func discard() {
        guard !isFinished else { return }
        isFinished = true
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }
}
