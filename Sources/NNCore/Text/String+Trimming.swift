extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks: the one
    /// trimming rule of every value a student types or a file gives (setting values,
    /// lesson lines, flags), with no Foundation needed.
    package var trimmedSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
