import Foundation
import NNCore

/// A text file written as it goes (frames, asciicast events): created or emptied when
/// opened, every `append` handed straight to the operating system, so whatever was
/// written before a crash is on disk. Errors name the path.
package final class TextFileAppender {
    package let path: String
    private let handle: FileHandle

    /// Creates (or empties) the file at `path`.
    package init(path: String) throws(InputError) {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw InputError("is a directory, not a file", path: path)
            }
            throw InputError("cannot be created (no such folder, or permission denied?)", path: path)
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
    }

    /// Writes `text` at the end of the file.
    package func append(_ text: String) throws(InputError) {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw InputError("cannot write: \(error.localizedDescription)", path: path)
        }
    }
}
