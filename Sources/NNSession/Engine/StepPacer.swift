/// Keeps a capped engine at its speed: step k after the anchor is due at
/// anchor + k / stepsPerSecond. Falling far behind (a slow step, a busy machine)
/// moves the anchor instead of catching up in a burst.
struct StepPacer {
    private var anchor: UInt64?
    private var stepsSinceAnchor: UInt64 = 0
    private var rate = 0

    /// How far behind the schedule the pacer may fall before it starts afresh.
    static let maxLag: UInt64 = 250_000_000

    /// Starts afresh at the next step (after a command, a pause, a change of speed).
    mutating func restart() {
        anchor = nil
    }

    /// The time the next step is due if that is later than `now`; nil to step now.
    mutating func delay(now: UInt64, stepsPerSecond: Int) -> UInt64? {
        if rate != stepsPerSecond { rate = stepsPerSecond; anchor = nil }
        guard let start = anchor else {
            anchor = now
            stepsSinceAnchor = 0
            return nil
        }
        let due = start &+ stepsSinceAnchor &* 1_000_000_000 / UInt64(max(1, stepsPerSecond))
        if now < due { return due }
        if now - due > StepPacer.maxLag {
            anchor = now
            stepsSinceAnchor = 0
        }
        return nil
    }

    /// Counts a step taken.
    mutating func stepped() {
        stepsSinceAnchor += 1
    }
}
