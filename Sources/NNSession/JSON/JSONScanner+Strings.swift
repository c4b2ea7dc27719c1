/// Strings: escapes decoded (`\uD83D\uDE00` pairs joined, a lone surrogate
/// becomes U+FFFD), and the mistakes people make in them reported as such: a
/// missing closing quote, a Windows path's lone backslash, a raw control character.
extension JSONScanner {
    /// The string starting at the current `"`, escapes decoded.
    mutating func scanString() throws(JSONSyntaxError) -> String {
        let open = position
        index += 1
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else {
                throw error("invalid JSON: this string is never closed (missing '\"')", at: open)
            }
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try scanEscape(into: &out)
            case 0x0A, 0x0D:
                throw error("invalid JSON: a string is not closed before the end of its line (missing '\"')")
            case 0x00..<0x20 where b != 0x09:
                let code = String(b, radix: 16, uppercase: true)
                throw error("invalid JSON: control character U+\(String(repeating: "0", count: 4 - code.count))\(code) in a string (write it as an escape)")
            default:
                out.append(b)
                index += 1
            }
        }
    }

    /// One backslash escape (the current byte is the backslash), appended as UTF-8.
    private mutating func scanEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        let start = position
        index += 1
        guard let e = peek else {
            throw error("invalid JSON: the text ends inside a string (missing '\"')", at: start)
        }
        index += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            guard var code = hex4() else {
                throw error("invalid JSON: '\\u' must be followed by four hex digits", at: start)
            }
            if (0xD800..<0xDC00).contains(code), peek == UInt8(ascii: "\\"),
               index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") {
                let save = index
                index += 2
                if let low = hex4(), (0xDC00..<0xE000).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                }
            }
            out.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
        default:
            throw error("invalid JSON: unknown escape '\\\(character(at: index - 1))' in a string (a backslash is written \\\\)", at: start)
        }
    }

    /// Four hex digits as a number, consumed; nil (and nothing consumed) otherwise.
    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for b in bytes[index..<(index + 4)] {
            guard let digit = UInt32(String(Unicode.Scalar(b)), radix: 16) else { return nil }
            value = value * 16 + digit
        }
        index += 4
        return value
    }
}
