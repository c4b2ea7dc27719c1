import Synchronization

/// Wakes the playground's run loop when the engine publishes a snapshot, but only while
/// the loop sleeps waiting for one (`arm()` before the wait, `disarm()` after): at full
/// speed the engine publishes every few milliseconds, and waking the loop for each
/// would cost more than the frames themselves. `ring()` runs on the engine's thread.
final class PublishAlarm: Sendable {
    private let armed = Atomic<Bool>(false)
    private let wake: @Sendable () -> Void

    init(wake: @escaping @Sendable () -> Void) {
        self.wake = wake
    }

    /// The loop is about to sleep until the next snapshot (or input, or a deadline).
    func arm() {
        armed.store(true, ordering: .sequentiallyConsistent)
    }

    /// The loop is awake again.
    func disarm() {
        armed.store(false, ordering: .sequentiallyConsistent)
    }

    /// A snapshot was published: wakes the loop if it waits for one.
    func ring() {
        if armed.exchange(false, ordering: .sequentiallyConsistent) { wake() }
    }
}
