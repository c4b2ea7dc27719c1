/// Finds where a value lives in JSON text, given the path a `Decoder` reports.
///
/// Foundation's JSONDecoder says *which* value is wrong (a coding path such as
/// `layers → Index 1 → biases`) but not *where* it is. The locator scans the text
/// again, following object keys and array indices, and returns the line (and
/// column, kind and literal) where that value starts, so every file nnplay reads
/// can report `file:line: message`. Strings (with escapes, and braces inside them)
/// are skipped properly; when a key occurs twice in one object the first one is
/// used, as JSONDecoder does.
package enum JSONLocator {
    /// The 1-based line where the value at `codingPath` starts, or nil if the text
    /// has no such value (or is not well-formed before reaching it). For a missing
    /// key, pass the enclosing object's path: the answer is its opening brace.
    package static func line(of codingPath: [any CodingKey], in text: String) -> Int? {
        location(of: codingPath, in: text)?.line
    }

    /// Where the value at `codingPath` starts and what it is.
    package static func location(of codingPath: [any CodingKey], in text: String) -> JSONLocation? {
        location(at: codingPath.map(JSONPathComponent.init), in: text)
    }

    /// Where the value at `path` starts and what it is.
    package static func location(at path: [JSONPathComponent], in text: String) -> JSONLocation? {
        var scanner = JSONScanner(text)
        do {
            return try find(path[...], &scanner)
        } catch {
            return nil
        }
    }

    private static func find(_ path: ArraySlice<JSONPathComponent>,
                             _ s: inout JSONScanner) throws(JSONSyntaxError) -> JSONLocation? {
        s.skipWhitespace()
        guard let first = path.first else { return here(s) }
        switch (s.peek, first) {
        case (UInt8(ascii: "{")?, .key(let wanted)):
            _ = s.consume(UInt8(ascii: "{"))
            while true {
                s.skipWhitespace()
                guard s.peek == UInt8(ascii: "\"") else { return nil }
                let key = try s.scanString()
                s.skipWhitespace()
                guard s.consume(UInt8(ascii: ":")) else { return nil }
                if key == wanted { return try find(path.dropFirst(), &s) }
                try s.skipValue()
                s.skipWhitespace()
                guard s.consume(UInt8(ascii: ",")) else { return nil }
            }
        case (UInt8(ascii: "[")?, .index(let wanted)):
            _ = s.consume(UInt8(ascii: "["))
            var i = 0
            while true {
                s.skipWhitespace()
                if s.peek == UInt8(ascii: "]") || s.isAtEnd { return nil }
                if i == wanted { return try find(path.dropFirst(), &s) }
                try s.skipValue()
                s.skipWhitespace()
                guard s.consume(UInt8(ascii: ",")) else { return nil }
                i += 1
            }
        default:
            return nil
        }
    }

    /// The value starting at the scanner's position (after blanks).
    private static func here(_ s: JSONScanner) -> JSONLocation? {
        guard let b = s.peek, let kind = JSONScanner.kind(startingWith: b) else { return nil }
        let start = s.position
        var literal: String?
        if kind != .object && kind != .array {
            var probe = s
            if (try? probe.skipValue()) != nil {
                literal = shortened(String(decoding: s.bytes[start.index..<probe.index], as: UTF8.self))
            }
        }
        return JSONLocation(line: start.line, column: s.column(of: start), kind: kind, literal: literal)
    }

    private static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : text.prefix(37) + "..."
    }
}
