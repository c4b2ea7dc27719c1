import NNCore

/// The checks `TextFile.read` makes as a file's bytes arrive: size, NUL bytes, line
/// length, then UTF-8. Counts lines (`\n`, `\r\n` or `\r` end one) so every refusal
/// names its line.
struct TextScan {
    let path: String
    let limits: TextFileLimits
    private(set) var bytes: [UInt8] = []
    private var line = 1
    private var lineStart = 0
    private var previousWasCR = false

    init(path: String, limits: TextFileLimits, expectedBytes: Int) {
        self.path = path
        self.limits = limits
        bytes.reserveCapacity(min(expectedBytes, limits.maxBytes))
    }

    /// Adds the next bytes of the file, or refuses the file.
    mutating func append(_ chunk: some Collection<UInt8>) throws(InputError) {
        guard bytes.count + chunk.count <= limits.maxBytes else {
            throw TextFile.tooLarge(path: path, limits: limits)
        }
        let start = bytes.count
        bytes += chunk
        for i in start..<bytes.count {
            switch bytes[i] {
            case 0:
                throw InputError("contains a NUL byte: not a text file", path: path, line: line)
            case UInt8(ascii: "\n"):
                if !previousWasCR {
                    if i - lineStart > limits.maxLineBytes { throw longLine() }
                    line += 1
                }
                lineStart = i + 1
                previousWasCR = false
            case UInt8(ascii: "\r"):
                if i - lineStart > limits.maxLineBytes { throw longLine() }
                line += 1
                lineStart = i + 1
                previousWasCR = true
            default:
                previousWasCR = false
            }
        }
        if bytes.count - lineStart > limits.maxLineBytes { throw longLine() }
    }

    /// The line being read is over the limit.
    private func longLine() -> InputError {
        let excerpt = String(decoding: bytes[lineStart..<min(bytes.count, lineStart + 160)], as: UTF8.self)
        return InputError("line longer than \(limits.maxLineBytes) bytes: \(excerpt.quotedExcerpt())", path: path, line: line)
    }

    /// The bytes read as text, or the line of the first byte that is not UTF-8.
    func text() throws(InputError) -> String {
        if bytes.count - lineStart > limits.maxLineBytes { throw longLine() }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var lineNumber = 1
        var previousWasCR = false
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { break }
            if !(byte == UInt8(ascii: "\n") && previousWasCR && i == start) { lineNumber += 1 }
            previousWasCR = byte == UInt8(ascii: "\r")
            start = i + 1
        }
        throw InputError("is not UTF-8 text", path: path, line: lineNumber)
    }
}
