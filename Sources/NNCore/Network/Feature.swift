/// An input feature computed from a point (x1, x2): the network's input layer is a
/// "design matrix" of the chosen features, as in TensorFlow Playground.
package enum Feature: String, Codable, Sendable, CaseIterable {
    case x1, x2
    case x1Squared = "x1sq"
    case x2Squared = "x2sq"
    case x1TimesX2 = "x1x2"
    case sinX1 = "sin1"
    case sinX2 = "sin2"

    /// The feature's value at (x1, x2).
    package func value(x1: Double, x2: Double) -> Double {
        switch self {
        case .x1: return x1
        case .x2: return x2
        case .x1Squared: return x1 * x1
        case .x2Squared: return x2 * x2
        case .x1TimesX2: return x1 * x2
        case .sinX1: return PlatformMath.sin(x1)
        case .sinX2: return PlatformMath.sin(x2)
        }
    }

    /// How the feature is written for people: `x1²`, `sin x1`, ...
    package var label: String {
        switch self {
        case .x1: return "x1"
        case .x2: return "x2"
        case .x1Squared: return "x1²"
        case .x2Squared: return "x2²"
        case .x1TimesX2: return "x1·x2"
        case .sinX1: return "sin x1"
        case .sinX2: return "sin x2"
        }
    }

    /// Parses a comma-separated list such as `x1,x2,sin1` (also accepts `x1^2`, `x1*x2`, `sin(x1)`).
    package static func parseList(_ text: String) throws(InputError) -> [Feature] {
        var result: [Feature] = []
        for raw in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = raw.trimmedSpaces.lowercased()
            let aliases = ["x1^2": "x1sq", "x2^2": "x2sq", "x1*x2": "x1x2", "sin(x1)": "sin1", "sin(x2)": "sin2",
                           "sinx1": "sin1", "sinx2": "sin2"]
            guard let feature = Feature(rawValue: aliases[name] ?? name) else {
                let known = Feature.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputError("unknown feature '\(name)' (features: \(known))")
            }
            if result.contains(feature) { throw InputError("feature '\(name)' is listed twice") }
            result.append(feature)
        }
        return result
    }
}
