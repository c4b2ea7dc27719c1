import NNCore

/// A forward scanner over JSON text that knows which line it is on and where it
/// is in the document (`path`). It checks the grammar as it goes, so skipping a
/// value is also validating it, and every problem becomes a `JSONSyntaxError`
/// with a line, a column and a message a person can act on.
///
/// It accepts what Foundation's JSONDecoder accepts: RFC 8259 JSON plus a
/// leading byte-order mark, one trailing comma before `]` or `}` and raw tabs in
/// strings; it refuses what the decoder would misread: a key twice in one object
/// (the decoder keeps one value silently), and numbers longer than
/// `maxNumberLength` characters. It rejects numbers a `Double` cannot hold (`1e999`, `NaN`,
/// `Infinity`, and non-zero numbers that would round to 0) with the path of the
/// number, because a model or a session must never contain them.
struct JSONScanner {
    /// A place in the text: enough to report a line and a column later.
    struct Position {
        var index: Int
        var line: Int
        var lineStart: Int
    }

    /// Containers nested deeper than this are rejected rather than recursed into.
    static let maxDepth = 512

    let bytes: [UInt8]
    /// Byte offset (in `bytes`) of the next byte to read.
    var index: Int
    private(set) var line = 1
    private var lineStart: Int
    /// The path of the value being scanned (keys and indices from the root).
    private(set) var path: [JSONPathComponent] = []
    /// When true, every number scanned is appended to `numbers`.
    var collectsNumbers = false
    var numbers: [JSONNumberToken] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
        index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        lineStart = index
    }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    var isAtEnd: Bool { index >= bytes.count }
    var position: Position { Position(index: index, line: line, lineStart: lineStart) }

    /// 1-based column of `p`, counting Unicode scalars (UTF-8 lead bytes).
    func column(of p: Position) -> Int {
        var column = 1
        for b in bytes[p.lineStart..<p.index] where b & 0xC0 != 0x80 { column += 1 }
        return column
    }

    func error(_ message: String, at p: Position? = nil) -> JSONSyntaxError {
        let p = p ?? position
        return JSONSyntaxError(line: p.line, column: column(of: p), message: message)
    }

    /// The path of the current value as people write it, `layers[0].biases[1]`.
    var pathText: String { JSONPathComponent.text(path) }

    /// `"layers[0].biases[1]: "`, or nothing at the root.
    var pathPrefix: String { path.isEmpty ? "" : "\(pathText): " }

    /// What is at the current position, for the "found …" part of a message.
    var found: String {
        guard index < bytes.count else { return "the end of the text" }
        var end = index
        while end < bytes.count, end - index < 20, Self.isWordByte(bytes[end]) { end += 1 }
        return end == index ? "'\(character(at: index))'" : "'\(String(decoding: bytes[index..<end], as: UTF8.self))'"
    }

    /// The character whose UTF-8 starts at byte `i`, a control character escaped
    /// (`\u{1B}`) so that a message stays one printable line.
    func character(at i: Int) -> String {
        var end = i + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[i..<end], as: UTF8.self)
        return text.unicodeScalars.contains { $0.properties.generalCategory == .control }
            ? String(text.quotedExcerpt().dropFirst().dropLast()) : text
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    /// Consumes `byte` if it is next; returns whether it was.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// The whole text as one JSON value with nothing but whitespace after it.
    mutating func scanDocument() throws(JSONSyntaxError) {
        skipWhitespace()
        if isAtEnd { throw error("invalid JSON: the text is empty") }
        try skipValue()
        skipWhitespace()
        if !isAtEnd { throw error("invalid JSON: unexpected \(found) after the end of the JSON value") }
    }

    /// Skips (and checks) the value starting at the next non-blank character.
    @discardableResult
    mutating func skipValue(depth: Int = 0) throws(JSONSyntaxError) -> JSONLocation.Kind {
        skipWhitespace()
        guard let b = peek else { throw error("invalid JSON: expected a value, found the end of the text") }
        guard let kind = Self.kind(startingWith: b) else {
            throw error("invalid JSON: expected a value, found \(found)")
        }
        switch kind {
        case .object: try skipContainer(close: UInt8(ascii: "}"), depth: depth + 1)
        case .array: try skipContainer(close: UInt8(ascii: "]"), depth: depth + 1)
        case .string: _ = try scanString()
        case .number: try skipNumber()
        case .boolean: try skipWord(b == UInt8(ascii: "t") ? "true" : "false")
        case .null: try skipWord("null")
        }
        return kind
    }

    /// The kind of value a character starts, or nil if no value starts with it.
    /// `N` and `I` count as numbers so that `NaN` and `Infinity` get their own message.
    static func kind(startingWith b: UInt8) -> JSONLocation.Kind? {
        switch b {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "N"), UInt8(ascii: "I"): return .number
        default: return nil
        }
    }

    /// An object (`close` is `}`) or an array (`]`): members or elements separated
    /// by commas, one trailing comma allowed.
    private mutating func skipContainer(close: UInt8, depth: Int) throws(JSONSyntaxError) {
        let open = position
        let isObject = close == UInt8(ascii: "}")
        let opener = isObject ? "{" : "["
        guard depth <= Self.maxDepth else {
            throw error("invalid JSON: nested more than \(Self.maxDepth) levels deep")
        }
        index += 1
        var count = 0
        var keyLines: [String: Int] = [:]
        while true {
            skipWhitespace()
            guard let b = peek else { throw error("invalid JSON: this '\(opener)' is never closed", at: open) }
            if b == close {
                index += 1
                return
            }
            if isObject {
                guard b == UInt8(ascii: "\"") else {
                    throw error("invalid JSON: expected a key in double quotes, found \(found)")
                }
                let keyStart = position
                let key = try scanString()
                if let first = keyLines.updateValue(keyStart.line, forKey: key) {
                    // JSONDecoder would silently keep one of the two values.
                    let inObject = path.isEmpty ? "" : " in \(pathText)"
                    throw error("duplicate key \"\(key)\"\(inObject) (first on line \(first))", at: keyStart)
                }
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else {
                    throw error("invalid JSON: expected ':' after the key \"\(key)\", found \(found)")
                }
                path.append(.key(key))
            } else {
                path.append(.index(count))
            }
            try skipValue(depth: depth)
            let end = position
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ",")?:
                index += 1
            case close?:
                index += 1
                path.removeLast()
                return
            case nil:
                throw error("invalid JSON: this '\(opener)' is never closed", at: open)
            case let c? where Self.kind(startingWith: c) != nil || Self.isWordByte(c):
                throw error("invalid JSON: missing ',' after \(pathText)", at: end)
            case UInt8(ascii: ":")? where !isObject:
                throw error("invalid JSON: expected ',' or ']' after \(pathText), found ':' (is a ']' missing?)")
            default:
                throw error("invalid JSON: expected ',' or '\(Character(Unicode.Scalar(close)))' after \(pathText), found \(found)")
            }
            path.removeLast()
            count += 1
        }
    }

    /// `true`, `false` or `null`, not followed by more letters.
    private mutating func skipWord(_ word: String) throws(JSONSyntaxError) {
        let w = Array(word.utf8)
        let end = index + w.count
        guard end <= bytes.count, Array(bytes[index..<end]) == w,
              end == bytes.count || !Self.isWordByte(bytes[end]) else {
            throw error("invalid JSON: expected a value, found \(found)")
        }
        index = end
    }

    static func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }

    /// Bytes that continue a word or a number (letters, digits, `_ + - .`), so that
    /// messages quote a whole misspelt token such as `True` or `1.2.3`.
    static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }
}
