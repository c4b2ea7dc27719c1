/// Why a text is not a value of a setting. Each front end words it its own way: the
/// panel shows the short `reason` beside the value being typed, lessons and flags
/// name the setting and the text (`message(key:text:)`).
package enum SettingValueError: Error, Equatable, Sendable {
    case notANumber
    case notAWholeNumber
    /// Not one of these names.
    case notOneOf([String])
    /// Any other problem, said in full (`type features such as x1,x2,sin1`).
    case other(String)

    /// The short form the panel shows (`not a number`, `one of relu, tanh`).
    package var reason: String {
        switch self {
        case .notANumber: return "not a number"
        case .notAWholeNumber: return "not a whole number"
        case .notOneOf(let names): return "one of " + names.joined(separator: ", ")
        case .other(let text): return text
        }
    }

    /// The long form for a file or a flag: `lr: 'fast' is not a number`.
    package func message(key: String, text: String) -> String {
        switch self {
        case .notANumber, .notAWholeNumber: return "\(key): '\(text)' is \(reason)"
        case .notOneOf(let names): return "\(key): unknown value '\(text)' (values: \(names.joined(separator: ", ")))"
        case .other(let text): return "\(key): \(text)"
        }
    }
}
