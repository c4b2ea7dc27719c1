/// When things happened in a recording, for replaying it at its original pace (the
/// interactive replay, asciicast files): each event's time, and the training step
/// the live session had reached at any moment in between.
///
/// Between two events the step is interpolated linearly in time (training ran at a
/// steady speed, or not at all: a paused stretch has the same step at both ends).
/// Events without a `time` (hand-written files) are taken to come
/// `secondsPerUntimedEvent` after the one before; times never go backwards.
package struct SessionPace: Sendable {
    /// Each entry's time in seconds since the recording started, in entry order.
    package let times: [Double]
    private let steps: [Int]

    /// The gap assumed before an event that has no time.
    package static let secondsPerUntimedEvent = 0.5

    package init(session: Session) {
        self.init(steps: session.entries.map(\.event.step), times: session.entries.map(\.time))
    }

    /// The pace of any lab's recording: each event's session step and its recorded time
    /// (nil where the line has none), in file order.
    package init(steps: [Int], times recorded: [Double?]) {
        var times: [Double] = []
        times.reserveCapacity(recorded.count)
        var last = 0.0
        for time in recorded {
            let time = time.map { max(last, $0) } ?? (times.isEmpty ? 0 : last + SessionPace.secondsPerUntimedEvent)
            times.append(time)
            last = time
        }
        self.times = times
        self.steps = steps
    }

    /// The time of the last event (0 without events).
    package var duration: Double { times.last ?? 0 }

    /// The step the live session had reached `time` seconds after it started.
    package func step(at time: Double) -> Int {
        guard let firstTime = times.first else { return 0 }
        if time < firstTime { return 0 }
        // The last event at or before `time`, found by bisection.
        var low = 0, high = times.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if times[middle] <= time { low = middle } else { high = middle - 1 }
        }
        guard low + 1 < times.count else { return steps[low] }
        let (t0, t1, s0, s1) = (times[low], times[low + 1], steps[low], steps[low + 1])
        guard t1 > t0 else { return s0 }
        return s0 + Int((Double(s1 - s0) * (time - t0) / (t1 - t0)).rounded(.down))
    }
}
