import Foundation
import NNCore
import NNSession

/// The runs of a search or a sweep, resumable: with `--resume FILE` the runs that file
/// holds are taken as they are and only the others are trained; when Ctrl-C or SIGTERM
/// stops the runs, the finished ones are saved to a resume file (the `--resume` file,
/// or a new `search-<id>.resume` in the current folder) and the command that resumes
/// is printed. Results are in job order, so a resumed run reports the same bits as one
/// never interrupted.
struct ResumableRuns {
    /// `search` or `sweep`.
    let command: String
    /// What a resume file must match (see `ResumeFile`).
    let settings: [String: String]
    /// Runs in all.
    let count: Int
    /// `--resume FILE`, if given.
    let resumePath: String?

    /// The runs an earlier, interrupted invocation finished (none without `--resume`).
    func finishedBefore() throws(InputError) -> [Int: RunFigures] {
        guard let resumePath else { return [:] }
        return try ResumeFile.read(resumePath, command: command, settings: settings, runCount: count).runs
    }

    /// Every run's figures in job order: those of `before`, then `job(i)` for each other
    /// run on `threads` threads until all are done, Ctrl-C/SIGTERM arrives or `stop` says so (nil: not
    /// finished, or failed). `finished(done)` is told the runs done so far, resumed ones
    /// included.
    func run(before: [Int: RunFigures], threads: Int, stop: @escaping @Sendable () -> Bool = { false },
             finished: @escaping @Sendable (Int) -> Void,
             job: @escaping @Sendable (Int) -> RunFigures?) -> [RunFigures?] {
        let pending = (0..<count).filter { before[$0] == nil }
        let already = count - pending.count
        let fresh = ParallelRuns.run(count: pending.count, threads: threads, shouldStop: { Interruption.wasRequested || stop() },
                                     finished: { finished(already + $0) }) { job(pending[$0]) }
        var runs = (0..<count).map { before[$0] }
        for (slot, index) in pending.enumerated() { runs[index] = fresh[slot].flatMap { $0 } }
        return runs
    }

    /// Saves the finished runs to the resume file; returns the lines (each ending in a
    /// newline) that say where and how to resume, or why nothing could be saved; the
    /// command line comes alone on its line, to be pasted as it is.
    func save(_ runs: [RunFigures?]) -> [String] {
        var finished: [Int: RunFigures] = [:]
        for (index, figures) in runs.enumerated() { if let figures { finished[index] = figures } }
        guard !finished.isEmpty else { return ["nnplay: no run finished: nothing to resume\n"] }
        let path = resumePath ?? freshPath()
        do throws(InputError) {
            try ResumeFile(command: command, settings: settings, runs: finished).write(to: path)
        } catch {
            return ["nnplay: the finished runs could not be saved: \(error)\n"]
        }
        return ["nnplay: \(finished.count) of \(count) runs saved in \(path); to resume:\n",
                ResumeCommandLine.make(resumePath: path) + "\n"]
    }

    /// `<command>-<id>.resume` in the current folder, `id` a hash of the settings (with
    /// -2, -3, … when that name is taken: an existing file is never overwritten).
    func freshPath() -> String {
        let stem = "\(command)-\(fingerprint)"
        var path = stem + ".resume"
        var n = 2
        while FileManager.default.fileExists(atPath: path) {
            path = "\(stem)-\(n).resume"
            n += 1
        }
        return path
    }

    /// 8 hex digits of the FNV-1a hash of the settings.
    var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in settings.keys.sorted().map({ "\($0)=\(settings[$0]!)\n" }).joined().utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(String(hash, radix: 16).suffix(8))
    }
}
