import Foundation
import NNCore

/// Decodes JSON that a person may have written or edited (a model, a session, a
/// lesson's config) into a typed value, or rejects it with `file:line: message`.
///
/// Decoding itself is Foundation's `JSONDecoder`; this adds the positions it
/// does not give. Codable errors are converted by `DecodingError.inputError`.
/// One case needs more: on Linux a number that is well-formed JSON but does not
/// fit its Swift type (`"batchSize": 10.5`, `"seed": -1`) is reported only as
/// "not valid JSON", with no path. Then `decode` finds the culprit itself by
/// bisection: it replaces the suspect numbers after a cut point with `1` (which fits
/// every numeric type and is a valid count, version or rate) and decodes again, about
/// log₂(number count) times, which costs milliseconds and happens only on that error
/// path. Suspects are the literals some numeric type may refuse (a fraction, an
/// exponent, a sign, ten digits or more); small whole numbers fit every type and stay
/// as written, so the bisection never invents a new problem (a `version` of 0).
package enum JSONInput {
    /// `text` (read from `path`, which only labels errors) decoded as `T`.
    package static func decode<T: Decodable>(_ type: T.Type, from text: String, path: String,
                                            vocabulary: JSONVocabulary = .nnplay) throws(InputError) -> T {
        // nnplay's own grammar check first: it bounds nesting and number length, refuses
        // duplicate keys, and locates every syntax error, before Foundation sees the text.
        if let syntax = JSONSyntax.firstError(in: text) {
            throw InputError(syntax.message, path: path, line: syntax.line)
        }
        let error: DecodingError
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch let decoding as DecodingError {
            error = decoding
        } catch {
            throw InputError("cannot be decoded: \(error)", path: path)
        }
        if isUnlocated(error),
           let token = numberThatDoesNotFit(T.self, in: text) {
            throw InputError(misfitMessage(token), path: path, line: token.line)
        }
        throw error.inputError(in: text, path: path, vocabulary: vocabulary)
    }

    /// Whether `error` is JSONDecoder's "not valid JSON" with no path.
    private static func isUnlocated(_ error: DecodingError) -> Bool {
        if case .dataCorrupted(let context) = error, context.codingPath.isEmpty { return true }
        return false
    }

    /// The first suspect number (in document order) without which decoding no longer
    /// fails with an unlocated error: keeping suspects 0..<k and replacing the rest fails
    /// exactly when a culprit is among the first k, so bisect on k.
    static func numberThatDoesNotFit<T: Decodable>(_ type: T.Type, in text: String) -> JSONNumberToken? {
        guard let numbers = JSONSyntax.numbers(in: text)?.filter(\.mayNotFit), !numbers.isEmpty else { return nil }
        let bytes = Array(text.utf8)
        func failsKeeping(_ k: Int) -> Bool {
            var edited: [UInt8] = []
            edited.reserveCapacity(bytes.count)
            var cursor = 0
            for token in numbers[k...] {
                edited += bytes[cursor..<token.range.lowerBound]
                edited.append(UInt8(ascii: "1"))
                cursor = token.range.upperBound
            }
            edited += bytes[cursor...]
            do {
                _ = try JSONDecoder().decode(T.self, from: Data(edited))
                return false
            } catch let error as DecodingError {
                return isUnlocated(error)
            } catch {
                return false
            }
        }
        guard !failsKeeping(0) else { return nil }  // not caused by a number at all
        var low = 0, high = numbers.count  // fails keeping `high`, not keeping `low`
        guard failsKeeping(high) else { return nil }
        while high - low > 1 {
            let mid = (low + high) / 2
            if failsKeeping(mid) { high = mid } else { low = mid }
        }
        return numbers[high - 1]
    }

    /// What is wrong with a number that is valid JSON but did not fit its field.
    private static func misfitMessage(_ token: JSONNumberToken) -> String {
        let literal = token.literal
        let what: String
        if literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            what = "expected an integer, found \(literal)"
        } else if literal.hasPrefix("-"), Int64(literal) != nil {
            what = "expected an integer of 0 or more, found \(literal)"
        } else {
            what = "\(literal) is too large"
        }
        let key = JSONPathComponent.text(token.path)
        return key.isEmpty ? what : "\(key): \(what)"
    }
}
