/// One hint of a step: Markdown text the student reveals one at a time (`h`), in
/// the order written. Written as a ```hint block.
package struct Hint: Equatable, Sendable {
    package var text: String
    package var line: Int

    package init(text: String, line: Int = 0) {
        self.text = text
        self.line = line
    }
}
