import Dispatch
import NNSession
import Synchronization

/// Grades sessions on several threads at once: each worker takes the next file not
/// yet taken until none is left, and each grade goes into its file's own slot, so
/// the result is in the files' order whatever the number of workers. Sessions are
/// independent and replays deterministic, so the grades are too.
enum ParallelGrading {
    static func grade(_ files: [String], with grader: SessionGrader, jobs: Int) -> [SessionGrade] {
        let next = Atomic<Int>(0)
        let slots = Mutex<[SessionGrade?]>(Array(repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, files.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < files.count else { return }
                let grade = grader.grade(files[index])
                slots.withLock { $0[index] = grade }
            }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }
}
