#if NNPLAY_TSAN
import Foundation
#else
import Synchronization
#endif

/// The engine's mailbox: a value the engine's thread and its callers share, read and
/// changed only inside `withLock`. It is Synchronization's `Mutex`, except in the
/// ThreadSanitizer build (`scripts/test` compiles it with `-DNNPLAY_TSAN`): on Linux
/// `Mutex` waits on a raw futex that ThreadSanitizer cannot see, so it would report
/// every access under the lock as a race. There the lock is an `NSLock` (a pthread
/// mutex, which ThreadSanitizer understands); what it checks is the code around it.
final class EngineLock<Value: Sendable>: Sendable {
    #if NNPLAY_TSAN
    private let lock = NSLock()
    nonisolated(unsafe) private var value: Value
    #else
    private let mutex: Mutex<Value>
    #endif

    init(_ value: Value) {
        #if NNPLAY_TSAN
        self.value = value
        #else
        mutex = Mutex(value)
        #endif
    }

    /// Runs `body` on the value while holding the lock.
    func withLock<Result: Sendable>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        #if NNPLAY_TSAN
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
        #else
        return try mutex.withLock { try body(&$0) }
        #endif
    }
}
