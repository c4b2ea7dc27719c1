/// What a session recorder needs from a live engine: the latest snapshot together
/// with exactly the log entries applied before it was taken.
extension Engine {
    /// The latest snapshot and the command log from `index` on, read under one lock:
    /// every returned entry was applied before the snapshot was taken and every entry
    /// logged later takes effect at the snapshot's step or after it. So a recorder can
    /// write the entries, then a checkpoint or frame at the snapshot's step, and a
    /// replay sees the very state the snapshot shows.
    package func snapshotAndLog(from index: Int) -> (snapshot: Snapshot, log: [LoggedCommand]) {
        core.mailbox.withLock { box in
            (box.snapshot, index < box.log.count ? Array(box.log[max(0, index)...]) : [])
        }
    }
}
