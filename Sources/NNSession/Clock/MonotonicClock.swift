import Dispatch

/// The program's one time base: monotonic nanoseconds from an arbitrary origin, never
/// the wall clock (which can jump). The engine paces steps and publishes snapshots by
/// it, the terminal's run loops schedule frames by it, and commands time what they
/// measure with it. It is the clock of `DispatchTime`, so a deadline read from it can
/// be handed to a `DispatchSemaphore` wait as it is.
///
/// The state and the Core never read it: no time enters what training computes.
package enum MonotonicClock {
    /// Nanoseconds now.
    package static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Seconds from `start` (a value of `now()`) to `end` (now, by default).
    package static func seconds(since start: UInt64, until end: UInt64 = now()) -> Double {
        Double(end &- start) / 1e9
    }

    /// `duration` in whole nanoseconds (0 for a negative one).
    package static func nanoseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}

