import Foundation
import NNCore

/// Encodes one session line: compact JSON with sorted keys and unescaped slashes,
/// every `Double` in the shortest form that reads back as the same bits, then "\n".
enum SessionLineWriter {
    static func line<T: Encodable>(_ value: T) throws(InputError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch EncodingError.invalidValue(let bad, let context) {
            let key = JSONPathComponent.text(codingPath: context.codingPath)
            let what = bad is Double ? "\(bad) is not a finite number" : context.debugDescription
            throw InputError(key.isEmpty ? what : "\(key): \(what)")
        } catch {
            throw InputError("cannot be written as JSON: \(error)")
        }
    }
}
