import Foundation
import NNCore

/// Reading and writing the user's files: every failure becomes an `InputError`
/// naming the path, and writes are atomic so that nothing half-written is left.
package enum TextFile {
    /// The whole file as UTF-8 text, or an `InputError` saying why it cannot be read.
    /// Reads in chunks and stops at the first problem, so a file beyond `limits`, a
    /// NUL byte (a binary file) or an over-long line is refused early, in bounded
    /// memory, with `path:line:` and a short printable excerpt.
    package static func read(_ path: String, limits: TextFileLimits = .standard) throws(InputError) -> String {
        // O_NONBLOCK so that opening a FIFO nobody writes to does not wait for ever.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw openError(errno, path: path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputError("cannot be read: \(String(cString: strerror(errno)))", path: path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw InputError("is a directory, not a file", path: path) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limits.maxBytes {
            throw tooLarge(path: path, limits: limits)
        }
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        var scan = TextScan(path: path, limits: limits, expectedBytes: isRegular ? Int(info.st_size) : 1 << 16)
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 16)
            } catch {
                throw InputError("cannot be read: \(error.localizedDescription)", path: path)
            }
            guard let chunk, !chunk.isEmpty else { break }
            try scan.append(chunk)
        }
        return try scan.text()
    }

    /// The message for a failed `open`.
    private static func openError(_ code: Int32, path: String) -> InputError {
        switch code {
        case ENOENT, ENOTDIR: return InputError("no such file", path: path)
        case EACCES, EPERM: return InputError("cannot be read (permission denied)", path: path)
        default: return InputError("cannot be read: \(String(cString: strerror(code)))", path: path)
        }
    }

    static func tooLarge(path: String, limits: TextFileLimits) -> InputError {
        InputError("the file is larger than \(limits.maxBytes) bytes, the most nnplay reads from such a file", path: path)
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
