extension StringProtocol {
    /// The text in double quotes for an error message: at most `limit` characters
    /// (then "..."), control characters written as escapes (`\0`, `\t`, `\u{1B}`), so
    /// that quoting a binary or 200 MB line gives one short, printable line. Looks at
    /// no more than `limit + 1` characters, however long the text.
    package func quotedExcerpt(limit: Int = 40) -> String {
        var out = "\""
        for scalar in unicodeScalars.prefix(limit) {
            switch scalar.value {
            case 0: out += "\\0"
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0..<0x20, 0x7F...0x9F: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + (unicodeScalars.dropFirst(limit).isEmpty ? "\"" : "...\"")
    }
}
