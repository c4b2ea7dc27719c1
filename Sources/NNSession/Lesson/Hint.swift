/// One hint of a step: Markdown text the student reveals one at a time (`h`), in
/// the order written. Written as a ```hint block.
public struct Hint: Equatable, Sendable {
    public var text: String
    public var line: Int

    public init(text: String, line: Int = 0) {
        self.text = text
        self.line = line
    }
}
