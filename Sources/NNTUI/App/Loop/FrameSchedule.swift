/// When a run loop may draw its next frame for new content (a snapshot, a replay that
/// moved on), at most `framesPerSecond` a second.
///
/// Frames on time keep to a fixed grid: each is due one interval after the one before
/// was due, however late it was drawn, so that waking up to a millisecond late (the
/// terminal's wait is in whole milliseconds) does not lower the rate: 60 frames/s are
/// 60, not 58. A frame drawn early (at once after a key) or far behind starts the grid
/// afresh a whole interval later; only a frame on the grid may follow a late one by a
/// little less (`slack`).
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
        if start >= nextDue && start &- nextDue < interval {
            nextDue = max(nextDue &+ interval, start &+ interval &- slack)  // on time: the next slot
        } else {
            nextDue = max(nextDue, start &+ interval)  // early (input) or far behind: afresh
        }
    }
}
