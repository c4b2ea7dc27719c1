/// The values a JSON file may use for each enumeration, so that a decoding error
/// can list them ("unknown value \"relu6\" (valid values: linear, sigmoid, …)").
///
/// A `DecodingError` names the Swift type that failed (JSONDecoder reports an
/// unknown raw value as "Cannot initialize Activation from invalid String value
/// relu6"), but not the values it would have accepted. A vocabulary maps type
/// names to those values. Types are matched by their unqualified name, as Swift
/// prints it (`LearningRateSchedule.Kind` is "Kind"); register each name once.
package struct JSONVocabulary: Sendable {
    /// How a type's values are spelled in JSON.
    package enum Spelling: Equatable, Sendable {
        /// A string such as `"tanh"` (a `String`-backed enum).
        case string
        /// An object with exactly one key naming the case, such as
        /// `{"classification": {"classes": 2}}` (an enum with associated values).
        case singleKeyObject
    }

    /// One type's accepted values.
    package struct Entry: Equatable, Sendable {
        package var typeName: String
        package var values: [String]
        package var spelling: Spelling
    }

    package private(set) var entries: [Entry] = []

    package init() {}

    /// Registers a string-backed enumeration with all of its cases.
    package mutating func add<T: CaseIterable & RawRepresentable>(_ type: T.Type) where T.RawValue == String {
        entries.append(Entry(typeName: String(describing: type), values: T.allCases.map(\.rawValue), spelling: .string))
    }

    /// Registers an enumeration with associated values, encoded as an object with
    /// one key per case (Swift's synthesized `Codable`), by its case names.
    package mutating func add<T>(_ type: T.Type, singleKeyCases cases: [String]) {
        entries.append(Entry(typeName: String(describing: type), values: cases, spelling: .singleKeyObject))
    }

    /// The entry for the type Swift prints as `typeName`, if registered.
    package func entry(named typeName: String) -> Entry? {
        entries.first { $0.typeName == typeName }
    }

    /// What a value of `type` must look like, for "expected …" in a message:
    /// "a number", "an array of numbers", "an object with one key: a or b", ….
    package func expectation(for type: Any.Type) -> String {
        let name = String(describing: type)
        if let entry = entry(named: name) {
            switch entry.spelling {
            case .string: return "one of " + entry.values.map { "\"\($0)\"" }.joined(separator: ", ")
            case .singleKeyObject: return "an object with one key, " + entry.values.joined(separator: " or ")
            }
        }
        return Self.describe(name, plural: false)
    }

    /// A type's name, as Swift prints it, in words.
    static func describe(_ name: String, plural: Bool) -> String {
        func generic(_ prefix: String) -> String? {
            guard name.hasPrefix(prefix + "<"), name.hasSuffix(">") else { return nil }
            return String(name.dropFirst(prefix.count + 1).dropLast())
        }
        switch name {
        case "Double", "Float", "Float16", "Float32", "Float64", "Decimal":
            return plural ? "numbers" : "a number"
        case "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64":
            return plural ? "integers" : "an integer"
        case "String", "Character", "Substring":
            return plural ? "strings" : "a string"
        case "Bool":
            return plural ? "true or false values" : "true or false"
        case "Array<Any>":
            return plural ? "arrays" : "an array"
        default:
            if let element = generic("Array") {
                return (plural ? "arrays of " : "an array of ") + describe(element, plural: true)
            }
            if let wrapped = generic("Optional") {
                return describe(wrapped, plural: plural) + " or null"
            }
            return plural ? "objects" : "an object"
        }
    }
}
