import Foundation
import NNSession

extension Engine {
    /// Polls the latest snapshot (every millisecond, at most five seconds) until
    /// `condition` holds; returns the last snapshot seen, for the test to judge.
    func waitForSnapshot(until condition: (Snapshot) -> Bool) -> Snapshot {
        let deadline = MonotonicClock.now() + 5_000_000_000
        var snapshot = latestSnapshot()
        while !condition(snapshot) && MonotonicClock.now() < deadline {
            Thread.sleep(forTimeInterval: 0.001)
            snapshot = latestSnapshot()
        }
        return snapshot
    }
}
