/// Text attributes of a cell, as terminals know them.
public struct CellAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = CellAttributes(rawValue: 1 << 0)
    public static let dim = CellAttributes(rawValue: 1 << 1)
    public static let reverse = CellAttributes(rawValue: 1 << 2)
    public static let underline = CellAttributes(rawValue: 1 << 3)

    /// The attribute names in a fixed order, e.g. `bold underline` (empty for none).
    public var description: String {
        var names: [String] = []
        if contains(.bold) { names.append("bold") }
        if contains(.dim) { names.append("dim") }
        if contains(.reverse) { names.append("reverse") }
        if contains(.underline) { names.append("underline") }
        return names.joined(separator: " ")
    }
}
