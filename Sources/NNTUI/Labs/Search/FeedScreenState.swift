/// What the run loop does after a key on a feed-driven screen (search, sweep).
package enum FeedAction: Equatable, Sendable {
    case none
    /// Open item `index` (a cell, a run) in the playground.
    case open(Int)
    case quit
}

/// The state of a screen that draws a model published by worker threads (`LabFeed`):
/// key handling as a pure function and rendering from plain values, so that one run
/// loop (`FeedApp`) serves the search and the sweep screens.
package protocol FeedScreenState: Equatable, Sendable {
    associatedtype Model: Sendable
    init()
    /// True when the playground opened this screen (its `m` or `e`): `q` goes back there.
    var returnsToPlayground: Bool { get set }
    /// Adjusts to a new model (e.g. the cursor following the best cell).
    mutating func follow(_ model: Model)
    mutating func handle(_ event: InputEvent, model: Model, size: Size) -> FeedAction
    static func render(_ model: Model, state: Self, size: Size, palette: Palette) -> Canvas
}

extension FeedScreenState {
    /// `bindings` as this screen shows them: `q` says "back" when it returns to the playground.
    package func shown(_ bindings: [KeyBinding]) -> [KeyBinding] {
        guard returnsToPlayground else { return bindings }
        return bindings.map { binding in
            guard binding.keys == "q" else { return binding }
            return KeyBinding(keys: "q", action: "back to the playground", hint: "back")
        }
    }
}
