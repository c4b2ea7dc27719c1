import Foundation
import NNCore

/// Writes values as the JSON text of nnplay's files: pretty-printed with sorted
/// keys (so files diff well and read the same every time), slashes unescaped (so
/// paths stay readable), a final newline, and every `Double` in the shortest form
/// that reads back as exactly the same value.
package enum JSONOutput {
    /// `value` as JSON text. A NaN or infinite number cannot be written in JSON;
    /// the error names where it is (`config.optimizer.learningRate: nan is not a
    /// finite number`).
    package static func encode<T: Encodable>(_ value: T) throws(InputError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch EncodingError.invalidValue(let bad, let context) {
            let key = JSONPathComponent.text(codingPath: context.codingPath)
            let what = bad is Double || bad is Float ? "\(bad) is not a finite number" : context.debugDescription
            throw InputError(key.isEmpty ? what : "\(key): \(what)")
        } catch {
            throw InputError("cannot be written as JSON: \(error)")
        }
    }
}
