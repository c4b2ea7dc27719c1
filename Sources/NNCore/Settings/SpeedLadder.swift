/// The paces `+` and `-` choose from, slowest first: single steps (1 step/s to watch
/// one update at a time, then 2, 5 and 10), then epochs per second, as the status line
/// counts them, through TensorFlow Playground's pace (`Pace.watchable`, the default)
/// up to "max".
package enum SpeedLadder {
    package static let rungs: [Pace] = [.stepsPerSecond(1), .stepsPerSecond(2), .stepsPerSecond(5), .stepsPerSecond(10)]
        + [1, 2, 5, 10, 20, 30, 60, 120, 250, 500, 1000, 2500, 5000].map(Pace.epochsPerSecond) + [.max]

    /// The pace one rung faster (`direction` > 0) or slower (< 0); stays put at either
    /// end. A pace between rungs (typed with `--speed 45`, or an old session's
    /// `setSpeed(7)`) moves to the next rung of its own kind in that direction, and
    /// from the fastest step rung up to the first epoch rung, or from the slowest
    /// epoch rung down to the fastest step rung.
    package static func step(_ pace: Pace, by direction: Int) -> Pace {
        if let index = rungs.firstIndex(of: pace) {
            return rungs[min(rungs.count - 1, max(0, index + (direction > 0 ? 1 : -1)))]
        }
        let position: Int  // where an off-ladder pace would sit: the first rung faster than it
        switch pace {
        case .stepsPerSecond(let rate):
            position = rungs.firstIndex { if case .stepsPerSecond(let r) = $0 { r > rate } else { true } } ?? 0
        case .epochsPerSecond(let rate):
            position = rungs.firstIndex { if case .epochsPerSecond(let r) = $0 { r > rate } else { $0 == .max } }
                ?? rungs.count - 1
        case .max:
            position = rungs.count - 1
        }
        return direction > 0 ? rungs[position] : rungs[max(0, position - 1)]
    }
}
