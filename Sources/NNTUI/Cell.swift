/// One character cell of the screen: what views draw into before a backend presents it.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public init(_ character: Character = " ") { self.character = character }
}
