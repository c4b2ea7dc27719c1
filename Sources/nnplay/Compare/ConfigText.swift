import Foundation
import NNCore

/// A training configuration as one line of JSON with sorted keys: what a resume file
/// stores to recognise its search, and how two such lines are compared field by field.
enum ConfigText {
    static func of(_ config: TrainingConfig) -> String {
        JSONLine.encode(config)
    }

    /// The first field (in key order, `dataset.noise` for a nested one) whose value
    /// differs between two configurations' texts; nil when none does or a text is not
    /// a JSON object.
    static func firstDifference(_ a: String, _ b: String) -> String? {
        guard let x = try? JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any],
              let y = try? JSONSerialization.jsonObject(with: Data(b.utf8)) as? [String: Any] else { return nil }
        return difference(x, y, prefix: "")
    }

    private static func difference(_ x: [String: Any], _ y: [String: Any], prefix: String) -> String? {
        for key in Set(x.keys).union(y.keys).sorted() {
            let (u, v) = (x[key], y[key])
            if let u = u as? [String: Any], let v = v as? [String: Any] {
                if let inner = difference(u, v, prefix: prefix + key + ".") { return inner }
                continue
            }
            let same = u.map { NSArray(object: $0) }?.isEqual(v.map { NSArray(object: $0) }) ?? (v == nil)
            if !same { return prefix + key }
        }
        return nil
    }
}
