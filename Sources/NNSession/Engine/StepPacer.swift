/// Keeps a capped engine at its speed: step k after the anchor is due at
/// anchor + k / stepsPerSecond. Falling far behind (a slow step, a busy machine)
/// moves the anchor instead of catching up in a burst.
///
/// The thread wakes only on a grid of `tick` after the anchor and then takes every
/// step that is due, so a fast pace (60 epochs/s of 25 steps is 1,500 steps/s) costs
/// at most 1/`tick` wake-ups a second instead of one per step; slow paces (a few
/// steps per second) still take each step on time, within a tick.
struct StepPacer {
    private var anchor: UInt64?
    private var stepsSinceAnchor: UInt64 = 0
    private var rate = 0

    /// How far behind the schedule the pacer may fall before it starts afresh.
    static let maxLag: UInt64 = 250_000_000
    /// The grid the thread wakes on: 10 ms, finer than a frame at 60 frames/s.
    static let tick: UInt64 = 10_000_000

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
        if now < due {
            let ticks = (due - start + StepPacer.tick - 1) / StepPacer.tick
            return start &+ ticks &* StepPacer.tick
        }
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
