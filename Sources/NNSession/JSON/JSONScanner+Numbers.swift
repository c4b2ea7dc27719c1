/// A number token in a JSON text: where it is, its path and how it was written.
/// Used to find the number a decoder could not store (see `JSONInput`).
struct JSONNumberToken: Equatable, Sendable {
    /// Byte offsets of the token in the text's UTF-8.
    var range: Range<Int>
    var line: Int
    var path: [JSONPathComponent]
    var literal: String

    /// Whether some numeric type may refuse this literal: a fraction, an exponent, a
    /// sign or ten digits or more (a plain whole number below 10⁹ fits every type).
    var mayNotFit: Bool {
        literal.utf8.count > 9 || literal.utf8.contains { !JSONScanner.isDigit($0) }
    }
}

/// Numbers: JSON's grammar (no leading zeros, no bare `.5`, digits after `.` and
/// `e`), and only values a `Double` holds: `NaN`, `Infinity`, `1e999` and a
/// non-zero number that would round to 0 are rejected with the number's path,
/// because nnplay's files must never contain them.
extension JSONScanner {
    /// The longest number literal read: 17 significant digits name every `Double`, so
    /// anything longer is refused before converting it costs seconds.
    static let maxNumberLength = 100

    /// A number as JSON writes it, whose value a `Double` can hold.
    mutating func skipNumber() throws(JSONSyntaxError) {
        let start = position
        for word in ["NaN", "Infinity", "-Infinity"] {
            let w = Array(word.utf8)
            let end = index + w.count
            if end <= bytes.count, Array(bytes[index..<end]) == w, end == bytes.count || !Self.isWordByte(bytes[end]) {
                throw error("\(pathPrefix)\(word) is not a finite number", at: start)
            }
        }
        if peek == UInt8(ascii: "N") || peek == UInt8(ascii: "I") {
            throw error("invalid JSON: expected a value, found \(found)")
        }
        var isMalformed = false
        func digits(_ scanner: inout JSONScanner) -> Int {
            var n = 0
            while let c = scanner.peek, Self.isDigit(c) {
                scanner.index += 1
                n += 1
            }
            return n
        }
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            // No further integer digits after a leading zero.
        } else if digits(&self) == 0 {
            isMalformed = true
        }
        if !isMalformed, consume(UInt8(ascii: ".")) {
            isMalformed = digits(&self) == 0
        }
        if !isMalformed, consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            isMalformed = digits(&self) == 0
        }
        if let c = peek, Self.isWordByte(c) { isMalformed = true }
        if isMalformed {
            while let c = peek, Self.isWordByte(c) { index += 1 }
            let text = String(decoding: bytes[start.index..<index], as: UTF8.self)
            throw error("invalid JSON: malformed number '\(text)'", at: start)
        }
        guard index - start.index <= Self.maxNumberLength else {
            let excerpt = String(decoding: bytes[start.index..<start.index + 20], as: UTF8.self)
            throw error("\(pathPrefix)a number of \(index - start.index) characters (\(excerpt)...) is too long; "
                        + "at most \(Self.maxNumberLength) are read", at: start)
        }
        let literal = String(decoding: bytes[start.index..<index], as: UTF8.self)
        let value = Double(literal) ?? .nan
        if !value.isFinite {
            throw error("\(pathPrefix)\(literal) is too large (not a finite number)", at: start)
        }
        let mantissa = literal.prefix { $0 != "e" && $0 != "E" }
        if value == 0, mantissa.contains(where: { ("1"..."9").contains($0) }) {
            throw error("\(pathPrefix)\(literal) is too small (it would be stored as 0)", at: start)
        }
        if collectsNumbers {
            numbers.append(JSONNumberToken(range: start.index..<index, line: start.line, path: path, literal: literal))
        }
    }
}
