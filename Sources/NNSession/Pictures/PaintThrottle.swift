/// The engine thread's rule for how often to paint (pictures, the inspector's figures)
/// while training: at most once per the request's interval, and less often if painting
/// costs more than a fifth of it (at most a fifth of the thread's time goes to it), so
/// a huge terminal or a costly view slows the painting, not training. A forced snapshot
/// (after commands, on pausing, on stopping) is always painted afresh.
struct PaintThrottle {
    /// Paint at most once per this many times the cost of painting.
    static let costFactor: UInt64 = 5

    private var paintedAt: UInt64 = 0
    private var cost: UInt64 = 0

    /// Whether painting is due at `now` (nanoseconds of `MonotonicClock`) for a request
    /// made every `interval`.
    func isDue(now: UInt64, interval: Duration, forced: Bool) -> Bool {
        if forced { return true }
        let gap = max(MonotonicClock.nanoseconds(interval), PaintThrottle.costFactor &* cost)
        return now &- paintedAt >= gap
    }

    /// Records a painting that ran from `start` to `end`. Call it only when the painter
    /// really painted: a reused (cached) result costs nothing and says nothing of the cost.
    mutating func record(start: UInt64, end: UInt64) {
        cost = end &- start
        paintedAt = start
    }
}
