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

    /// Until when a run loop may sleep (nil: until input): until the frame of the
    /// snapshot `shown`, not yet drawn, is due (`frameDue`); else, arming the alarm,
    /// until the engine publishes the next one, or not at all (`now`) when one was
    /// published between reading the snapshot and arming, for which no alarm will ring.
    /// Versions are the snapshots' (`drawn` nil: none drawn yet).
    func wakeTime(shown: Int, drawn: Int?, latest: () -> Int, frameDue: UInt64, now: UInt64) -> UInt64? {
        if shown != drawn { return frameDue }
        arm()
        return latest() != drawn ? now : nil
    }

    /// A snapshot was published: wakes the loop if it waits for one.
    func ring() {
        if armed.exchange(false, ordering: .sequentiallyConsistent) { wake() }
    }
}
