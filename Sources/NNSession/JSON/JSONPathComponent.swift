/// One step on the way from the root of a JSON document to a value: a key of an
/// object or an index of an array. A list of them is printed the way a reader
/// would write it in code, `layers[1].biases`, so that error messages name the
/// value exactly.
package enum JSONPathComponent: Equatable, Hashable, Sendable {
    case key(String)
    case index(Int)

    /// The component a `Decoder`'s coding key stands for. JSONDecoder names array
    /// elements with keys whose `intValue` is the index and whose `stringValue` is
    /// "Index n"; every other key is an object key.
    package init(_ key: any CodingKey) {
        if let i = key.intValue, key.stringValue == "Index \(i)" {
            self = .index(i)
        } else {
            self = .key(key.stringValue)
        }
    }

    /// `layers[1].biases`; the empty string for the root. Keys that are not plain
    /// identifiers are written in brackets and quotes: `weights["a b"]`.
    package static func text(_ path: [JSONPathComponent]) -> String {
        var result = ""
        for component in path {
            switch component {
            case .index(let i):
                result += "[\(i)]"
            case .key(let name) where isIdentifier(name):
                result += result.isEmpty ? name : ".\(name)"
            case .key(let name):
                result += "[\"\(name)\"]"
            }
        }
        return result
    }

    /// `text` for a decoder's coding path.
    package static func text(codingPath: [any CodingKey]) -> String {
        text(codingPath.map(JSONPathComponent.init))
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
    }
}
