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

    /// `path:line: message`, `path: message` or `message`: one printable line, with any
    /// control character a file slipped into the message (a key, a value) escaped
    /// and the message cut at `maxMessageLength` characters.
    package var description: String {
        let text = Self.printable(message)
        switch (path, line) {
        case let (p?, l?): return "\(p):\(l): \(text)"
        case let (p?, nil): return "\(p): \(text)"
        default: return text
        }
    }

    /// The longest message printed; the rest of a longer one (a huge quoted key) is cut.
    static let maxMessageLength = 1000

    /// `message` with control characters escaped and cut to `maxMessageLength`.
    static func printable(_ message: String) -> String {
        let isPlain = message.utf8.count <= maxMessageLength
            && !message.unicodeScalars.contains { $0.properties.generalCategory == .control }
        return isPlain ? message : String(message.quotedExcerpt(limit: maxMessageLength).dropFirst().dropLast())
    }
}
