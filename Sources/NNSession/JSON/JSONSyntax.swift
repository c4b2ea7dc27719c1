/// Checks that a text is well-formed JSON and says precisely where it is not.
///
/// On Linux, Foundation's JSONDecoder reports any malformed text as just "The
/// given data was not valid JSON." with no position, and its wording differs
/// between platforms. This check is nnplay's own, so the message and the line
/// are the same everywhere (and can be pinned in tests). It accepts exactly what
/// `JSONScanner` accepts (RFC 8259 plus the decoder's leniencies).
package enum JSONSyntax {
    /// The first problem in `text`, or nil if it is one well-formed JSON value.
    package static func firstError(in text: String) -> JSONSyntaxError? {
        var scanner = JSONScanner(text)
        do {
            try scanner.scanDocument()
            return nil
        } catch {
            var located = error
            located.reachedEnd = scanner.isAtEnd
            return located
        }
    }

    /// Every number token of a well-formed `text`, in document order; nil if the
    /// text is not well-formed.
    static func numbers(in text: String) -> [JSONNumberToken]? {
        var scanner = JSONScanner(text)
        scanner.collectsNumbers = true
        do {
            try scanner.scanDocument()
            return scanner.numbers
        } catch {
            return nil
        }
    }
}
