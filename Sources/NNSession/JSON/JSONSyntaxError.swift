/// The first thing wrong with a JSON text that is not well-formed, located by
/// line and column, with a message that says what was expected and what was found
/// (e.g. "invalid JSON: missing ',' after layers[0].biases[1]").
package struct JSONSyntaxError: Error, Equatable, Sendable {
    /// 1-based line of the problem.
    package var line: Int
    /// 1-based column of the problem, counting Unicode scalars.
    package var column: Int
    package var message: String
    /// Whether the scanner ran out of text: more text could complete it (a file cut
    /// off mid-write), unlike an error in what is there (a bad token, too deep).
    package var reachedEnd = false

    package init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

