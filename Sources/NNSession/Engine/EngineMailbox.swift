/// What the engine's thread and its callers share, always under the engine's lock:
/// commands waiting for the next step boundary, the log of applied commands, the
/// screen's request for pictures, the latest snapshot, and the flags that start and
/// stop the thread's waiting.
struct EngineMailbox<State: EngineRunnable> {
    /// Sent but not yet applied, oldest first.
    var queue: [State.LabCommand] = []
    /// Applied, with the session step at which each took effect.
    var log: [Logged<State.LabCommand>] = []
    /// The latest published snapshot (replaced whole, never edited).
    var snapshot: State.LabSnapshot
    var stopRequested = false
    /// The pictures the screen wants (not a command: never logged).
    var pictureRequest: State.LabRequest?
    /// `pictureRequest` changed since the thread last took it.
    var pictureRequestChanged = false
    /// The thread is (about to be) blocked on the wake-up semaphore: whoever clears
    /// this flag owes it exactly one signal.
    var threadWaiting = false
    /// The thread has published its last snapshot and returned.
    var finished = false
    /// Called on the engine's thread after each snapshot is published (outside the
    /// lock): how a UI that sleeps until something changes learns that something did.
    var publishObserver: (@Sendable () -> Void)?

    init(snapshot: State.LabSnapshot) {
        self.snapshot = snapshot
    }

    /// Clears `threadWaiting`; true if the caller must now signal the thread.
    mutating func claimWakeUp() -> Bool {
        defer { threadWaiting = false }
        return threadWaiting
    }
}
