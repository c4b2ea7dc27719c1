import Dispatch
import Synchronization

/// Runs independent jobs on several threads: each worker takes the next job not yet
/// taken until none is left, and each result goes into its job's own slot, so the
/// results are in the jobs' order whatever the number of threads. Jobs (grading a
/// session, one run of a search or sweep, a row of a phase map) are pure and
/// deterministic, so their results are too. The core stays single-threaded: only the
/// session layer (this queue and the engine) starts threads.
package enum ParallelRuns {
    /// `job(i)` for every i in 0..<count on `threads` threads; `finished(done)` is
    /// called (one call at a time) after each job with the number done so far.
    /// `shouldStop` is asked before each job: once it says yes, no new job starts
    /// and the unstarted jobs' slots stay nil.
    package static func run<Result: Sendable>(count: Int, threads: Int,
                                      shouldStop: @Sendable () -> Bool = { false },
                                      finished: @Sendable (Int) -> Void = { _ in },
                                      job: @Sendable (Int) -> Result) -> [Result?] {
        let next = Atomic<Int>(0)
        let slots = Mutex<(results: [Result?], done: Int)>((Array(repeating: nil, count: count), 0))
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
            while !shouldStop() {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                let result = job(index)
                slots.withLock { state in
                    state.results[index] = result
                    state.done += 1
                    finished(state.done)
                }
            }
        }
        return slots.withLock { $0.results }
    }
}
