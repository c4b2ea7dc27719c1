/// When the playground may draw its next frame for a new snapshot, at most
/// `framesPerSecond` a second.
///
/// Frames on time keep to a fixed grid: each is due one interval after the one before
/// was due, however late it was drawn, so that waking up to a millisecond late (the
/// terminal's wait is in whole milliseconds) does not lower the rate: 60 frames/s are
/// 60, not 58. A frame drawn early (after a key) or far behind starts the grid afresh,
/// and no two snapshot frames are closer than an interval less `slack`.
struct FrameSchedule: Sendable {
    /// Nanoseconds between two frames.
    let interval: UInt64
    /// How much closer than `interval` a frame may follow one drawn late.
    let slack: UInt64
    /// When the next frame for a new snapshot is due (monotonic nanoseconds).
    private(set) var nextDue: UInt64 = 0

    init(framesPerSecond: Int) {
        interval = 1_000_000_000 / UInt64(max(1, framesPerSecond))
        slack = min(interval / 4, 2_000_000)
    }

    /// Whether a new snapshot may be drawn at `now`.
    func isDue(_ now: UInt64) -> Bool {
        now >= nextDue
    }

    /// Notes a frame that began at `start` (for a snapshot, input or anything else).
    mutating func frameDrawn(at start: UInt64) {
        let earliest = start &+ interval &- slack
        if start >= nextDue && start &- nextDue < interval {
            nextDue = max(nextDue &+ interval, earliest)  // on time: the next slot of the grid
        } else if start < nextDue {
            nextDue = max(nextDue, earliest)  // early, after input: not sooner than an interval on
        } else {
            nextDue = earliest  // far behind: afresh
        }
    }
}
