import Synchronization

/// The hand-over between the threads that train a search or a sweep and its screen:
/// workers `publish` a new model (plain values) after each run, the screen reads the
/// `latest` each turn and is woken when one arrives, so it never waits on training.
package final class LabFeed<Model: Sendable>: Sendable {
    private let model: Mutex<(model: Model, version: Int)>
    private let waker = Mutex<(@Sendable () -> Void)?>(nil)

    package init(_ model: Model) {
        self.model = Mutex((model, 0))
    }

    /// The newest model and its version (one more each publish).
    package var latest: (model: Model, version: Int) { model.withLock { $0 } }

    /// Changes the model (from any thread) and wakes the screen.
    package func publish(_ change: (inout Model) -> Void) {
        model.withLock { state in
            change(&state.model)
            state.version += 1
        }
        waker.withLock { $0 }?()
    }

    /// Whether a screen is waiting on the feed (its `wakeUp` is set).
    package var isObserved: Bool { waker.withLock { $0 != nil } }

    /// What to call after a publish (the screen's `wakeUp`); nil while no screen waits.
    package func onPublish(_ wake: (@Sendable () -> Void)?) {
        waker.withLock { $0 = wake }
    }
}

package typealias SearchFeed = LabFeed<SearchGrid>
