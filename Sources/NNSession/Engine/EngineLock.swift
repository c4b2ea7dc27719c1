import Foundation

/// A value the engine's thread and its callers share, read and changed only inside
/// `withLock` (the engine's mailbox). It is Synchronization's `Mutex` in all but the
/// lock: an `NSLock` (a pthread mutex), because on Linux `Mutex` waits on a raw futex
/// that ThreadSanitizer cannot see, so it reported every access under the lock as a
/// race, and `swift test --sanitize=thread` could not check the engine at all.
final class EngineLock<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` on the value while holding the lock.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
