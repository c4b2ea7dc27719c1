import Foundation
import NNSession
import NNTUI
import Synchronization

/// A progress line for many runs on stderr, `search: 12/49 runs [####....]`, redrawn at
/// most ten times a second, and only when stderr is a terminal (logs stay clean).
/// Called from the worker threads, one call at a time.
final class RunsProgress: Sendable {
    private let total: Int
    private let noun: String
    private let shown: Bool
    private let lastDraw = Mutex<Double>(-.infinity)
    private let started = MonotonicClock.now()

    init(total: Int, noun: String, quiet: Bool) {
        self.total = total
        self.noun = noun
        shown = !quiet && Platform.isTerminal(Platform.standardError)
    }

    /// After each run, with the number of runs done.
    @Sendable func finished(_ done: Int) {
        guard shown else { return }
        let now = MonotonicClock.seconds(since: started)
        let draw = lastDraw.withLock { last in
            guard now - last >= 0.1 || done == total else { return false }
            last = now
            return true
        }
        guard draw else { return }
        let width = 20
        let filled = done * width / max(1, total)
        let rate = now > 0 ? String(format: "  %.1f %@/s", Double(done) / now, noun) : ""
        StandardError.write("\r\u{1B}[K\(done)/\(total) \(noun) [" + String(repeating: "#", count: filled)
                            + String(repeating: ".", count: width - filled) + "]" + rate)
    }

    /// Clears the line.
    func finish() {
        if shown { StandardError.write("\r\u{1B}[K") }
    }
}
