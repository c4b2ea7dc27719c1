import Foundation

/// Unbuffered writes to the standard error stream.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `nnplay: <message>` on a line of its own.
    static func line(_ message: String) {
        write("nnplay: \(message)\n")
    }
}
