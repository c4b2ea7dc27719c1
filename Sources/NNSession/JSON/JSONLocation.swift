/// Where a value starts in JSON text and what kind of value it is: what a
/// `file:line:` error message needs to point at a value and say what it found.
package struct JSONLocation: Equatable, Sendable {
    /// The six kinds of JSON value.
    package enum Kind: String, Sendable {
        case object, array, string, number, boolean, null
    }

    /// 1-based line of the value's first character.
    package var line: Int
    /// 1-based column of the value's first character, counting Unicode scalars.
    package var column: Int
    package var kind: Kind
    /// The value as written, for strings (with their quotes), numbers, booleans
    /// and null, shortened to about 40 characters; nil for objects and arrays.
    package var literal: String?

    package init(line: Int, column: Int, kind: Kind, literal: String?) {
        self.line = line
        self.column = column
        self.kind = kind
        self.literal = literal
    }

    /// How an error message names what it found here: "an object", "an array",
    /// or the literal itself (`"relu6"`, `10.5`, `true`, `null`).
    package var foundText: String {
        switch kind {
        case .object: return "an object"
        case .array: return "an array"
        default: return literal ?? kind.rawValue
        }
    }
}
