/// A problem with something the user gave us (a flag, a value, a file), located as
/// precisely as we can: `path:line: message` for files, the message alone otherwise.
package struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file the problem is in, if it came from a file.
    package var path: String?
    /// The 1-based line of `path` the problem is on, if known.
    package var line: Int?
    /// What is wrong, in words a student can act on.
    package var message: String

    package init(_ message: String, path: String? = nil, line: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
    }

    /// `path:line: message`, `path: message` or `message`.
    package var description: String {
        switch (path, line) {
        case let (p?, l?): return "\(p):\(l): \(message)"
        case let (p?, nil): return "\(p): \(message)"
        default: return message
        }
    }
}
