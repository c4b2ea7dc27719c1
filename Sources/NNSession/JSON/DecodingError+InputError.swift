import NNCore

extension DecodingError {
    /// This error as a `file:line: message` for the JSON `text` read from `path`.
    ///
    /// The message starts with the path of the offending value as people write it
    /// (`layers[1].biases: …`) and says what was expected and what was found; the
    /// line is where that value starts (for a missing key, the line of the
    /// enclosing object's `{`), found with `JSONLocator`. Malformed text is
    /// located by `JSONSyntax`. Unknown enumeration values list the valid ones
    /// from `vocabulary`.
    package func inputError(in text: String, path: String, vocabulary: JSONVocabulary = .nnplay) -> InputError {
        switch self {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let found = JSONLocator.location(of: context.codingPath, in: text)
            let what = "expected \(vocabulary.expectation(for: type)), found \(found?.foundText ?? "something else")"
            return InputError(Self.message(context.codingPath, what), path: path, line: found?.line)

        case .keyNotFound(let key, let context):
            let object = JSONLocator.location(of: context.codingPath, in: text)
            return InputError(Self.message(context.codingPath, "missing key \"\(key.stringValue)\""),
                              path: path, line: object?.line)

        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, let syntax = JSONSyntax.firstError(in: text) {
                return InputError(syntax.message, path: path, line: syntax.line)
            }
            if context.codingPath.isEmpty, context.debugDescription.hasPrefix("The given data was not valid JSON") {
                // Well-formed, yet JSONDecoder refused it: a number that does not fit
                // its Swift type (10.5 or 1e30 for an Int). `JSONInput` can locate it.
                return InputError("a number does not fit its field (a fraction, a negative or a very large number where a whole number is expected)", path: path)
            }
            let found = JSONLocator.location(of: context.codingPath, in: text)
            if let (typeName, value) = Self.rejectedRawValue(context.debugDescription) {
                var what = "unknown value \(found?.literal ?? "\"\(value)\"")"
                if let entry = vocabulary.entry(named: typeName) {
                    what += " (valid values: \(entry.values.joined(separator: ", ")))"
                }
                return InputError(Self.message(context.codingPath, what), path: path, line: found?.line)
            }
            return InputError(Self.message(context.codingPath, context.debugDescription), path: path, line: found?.line)

        @unknown default:
            return InputError("\(self)", path: path)
        }
    }

    /// `"layers[1].biases: what"`, or `what` alone for the root.
    static func message(_ codingPath: [any CodingKey], _ what: String) -> String {
        let key = JSONPathComponent.text(codingPath: codingPath)
        return key.isEmpty ? what : "\(key): \(what)"
    }

    /// The type and the value in the standard library's message for a raw value
    /// with no matching case: "Cannot initialize Activation from invalid String value relu6".
    private static func rejectedRawValue(_ description: String) -> (typeName: String, value: String)? {
        let prefix = "Cannot initialize "
        guard description.hasPrefix(prefix), let from = description.range(of: " from invalid ") else { return nil }
        let typeName = String(description[description.index(description.startIndex, offsetBy: prefix.count)..<from.lowerBound])
        let rest = description[from.upperBound...]
        let value = rest.range(of: " value ").map { String(rest[$0.upperBound...]) } ?? ""
        return (typeName, value)
    }
}
