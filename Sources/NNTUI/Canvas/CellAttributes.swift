/// Text attributes of a cell, as terminals know them.
package struct CellAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    package static let bold = CellAttributes(rawValue: 1 << 0)
    package static let dim = CellAttributes(rawValue: 1 << 1)
    package static let reverse = CellAttributes(rawValue: 1 << 2)
    package static let underline = CellAttributes(rawValue: 1 << 3)

    /// The attribute names in a fixed order, e.g. `bold underline` (empty for none).
    package var description: String {
        var names: [String] = []
        if contains(.bold) { names.append("bold") }
        if contains(.dim) { names.append("dim") }
        if contains(.reverse) { names.append("reverse") }
        if contains(.underline) { names.append("underline") }
        return names.joined(separator: " ")
    }
}
