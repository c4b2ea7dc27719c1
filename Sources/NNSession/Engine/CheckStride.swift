/// How many steps the engine trains between two looks at the clock. Reading the clock
/// costs about as much as a twentieth of a small network's step, so the stride adapts
/// to the measured step time to look about once per `period` nanoseconds: often
/// enough to publish on time, rarely enough to cost nothing.
struct CheckStride {
    /// Nanoseconds between two looks at the clock.
    let period: UInt64
    static let maxStride = 4096
    private var stride = 1
    private var remaining = 1
    private var lastCheck: UInt64 = 0

    init(period: UInt64) {
        self.period = period
    }

    /// Looks at the clock on the next `tick` and measures afresh from there.
    mutating func restart() {
        stride = 1
        remaining = 1
        lastCheck = MonotonicClock.now()
    }

    /// Measures from now on, keeping the stride (after time spent on something else,
    /// such as publishing, that must not count as training).
    mutating func rebase() {
        lastCheck = MonotonicClock.now()
    }

    /// Counts a step; every `stride` steps returns the time and re-estimates the stride.
    mutating func tick() -> UInt64? {
        remaining -= 1
        guard remaining <= 0 else { return nil }
        let now = MonotonicClock.now()
        let perStep = max(1, (now &- lastCheck) / UInt64(stride))
        stride = Int(min(UInt64(CheckStride.maxStride), max(1, period / perStep)))
        remaining = stride
        lastCheck = now
        return now
    }
}
