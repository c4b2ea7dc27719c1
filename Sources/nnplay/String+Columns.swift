/// Small text helpers for the reports and flag values.
extension String {
    /// The string followed by spaces up to `width` characters (at least one space).
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// The string preceded by spaces up to `width` characters (at least one space).
    func rightAligned(to width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
