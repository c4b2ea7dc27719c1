import Dispatch

/// The engine's one time base: monotonic nanoseconds, the clock `DispatchSemaphore`
/// timeouts use. Only the engine reads it; the state never does.
enum EngineClock {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func nanoseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
