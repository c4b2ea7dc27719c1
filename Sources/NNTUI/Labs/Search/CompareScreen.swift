import NNCore

/// A comparison the playground opens on its own setup, on the same terminal: `m` a grid
/// search of the learning rate × L2 (the heatmap of `nnplay search`), `e` a seed sweep
/// (the small multiples of `nnplay sweep`). `q` there comes back to the playground.
package enum CompareScreen: Equatable, Sendable {
    case search, sweep
}

/// How a comparison screen opened from the playground ended.
package enum CompareOutcome: Equatable, Sendable {
    /// Left with `q`: back to the playground, with a note for its bottom row (the best
    /// cell, the share solved), if any.
    case returned(note: String?)
    /// Ended by a signal (SIGTERM, SIGHUP): the playground ends too.
    case quit
}

/// Runs a comparison of the playground's setup `config` on `backend` until the student
/// leaves it. The executable provides it (the searches live there); the playground's
/// loop calls it, paused, when `m` or `e` asks for one (`AppState.compareRequest`).
package typealias CompareOpener = @MainActor (CompareScreen, TrainingConfig, any TerminalBackend) -> CompareOutcome
