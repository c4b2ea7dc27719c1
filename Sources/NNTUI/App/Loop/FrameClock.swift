/// Frames per second as the loop measures them: the number of frames presented in
/// the last second (or since the first, while that is shorter), and running totals
/// for the statistics printed on exit.
package struct FrameClock: Sendable {
    /// Monotonic times (nanoseconds) of the frames presented within the last second.
    private var recent: [UInt64] = []
    private var first: UInt64?
    /// Every frame presented.
    package private(set) var frames = 0

    package init() {}

    /// Records a frame presented at `now`.
    package mutating func framePresented(at now: UInt64) {
        frames += 1
        if first == nil { first = now }
        recent.append(now)
        let horizon = now > 1_000_000_000 ? now - 1_000_000_000 : 0
        if let stale = recent.firstIndex(where: { $0 >= horizon }), stale > 0 { recent.removeFirst(stale) }
    }

    /// Frames per second at `now`: the frames presented in the last second, or, in the
    /// first second, the intervals between them over their span; 0 before two frames.
    package func framesPerSecond(at now: UInt64) -> Double {
        let horizon = now > 1_000_000_000 ? now - 1_000_000_000 : 0
        let window = recent.filter { $0 >= horizon }
        guard window.count >= 2, let first, let last = window.last else { return 0 }
        if first >= horizon {
            return last > window[0] ? Double(window.count - 1) * 1e9 / Double(last - window[0]) : 0
        }
        return Double(window.count)
    }
}
