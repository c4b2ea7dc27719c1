import Dispatch
import Synchronization

/// The part of the `Engine` that its thread holds on to: the shared mailbox and the
/// loop that owns the state. The `Engine` object only holds this core, so
/// dropping the last reference to the engine can stop the thread (see `Engine.deinit`).
final class EngineCore<State: EngineRunnable>: Sendable {
    let mailbox: EngineLock<EngineMailbox<State>>
    /// True (set under the lock) while commands or a stop wait in the mailbox. The
    /// thread reads it at every step boundary without taking the lock.
    private let pending = Atomic<Bool>(false)
    /// Wakes the thread from an idle (paused) or paced wait.
    private let wakeUp = DispatchSemaphore(value: 0)
    /// Signalled once when the thread has finished; passed on by each waiter.
    private let exited = DispatchSemaphore(value: 0)
    private let publishInterval: UInt64

    init(snapshot: State.LabSnapshot, publishInterval: UInt64) {
        mailbox = EngineLock(EngineMailbox(snapshot: snapshot))
        self.publishInterval = publishInterval
    }

    /// Queues `command` for the next step boundary and wakes the thread if it idles.
    func send(_ command: State.LabCommand) {
        let wake = mailbox.withLock { box in
            box.queue.append(command)
            pending.store(true, ordering: .releasing)
            return box.claimWakeUp()
        }
        if wake { wakeUp.signal() }
    }

    /// Stores the screen's request for pictures; if it changed, wakes the thread, which
    /// publishes a snapshot with pictures at the new sizes (at once, even when paused).
    func requestPictures(_ request: State.LabRequest) {
        let wake = mailbox.withLock { box in
            guard box.pictureRequest != request else { return false }
            box.pictureRequest = request
            box.pictureRequestChanged = true
            pending.store(true, ordering: .releasing)
            return box.claimWakeUp()
        }
        if wake { wakeUp.signal() }
    }

    /// Asks the thread to publish a last snapshot and end (returns at once).
    func requestStop() {
        let wake = mailbox.withLock { box in
            box.stopRequested = true
            pending.store(true, ordering: .releasing)
            return box.claimWakeUp()
        }
        if wake { wakeUp.signal() }
    }

    /// Blocks until the thread has ended (at once if it has).
    func waitUntilFinished() {
        exited.wait()
        exited.signal()
    }

    /// The thread's body: applies queued commands at step boundaries, trains while
    /// playing (paced when a speed is set), publishes snapshots (with pictures at the
    /// sizes last requested), idles when paused.
    func run(_ initial: State, publisher start: State.LabPublisher) {
        var state = initial
        var publisher = start
        var pacer = StepPacer()
        var stride = CheckStride(period: max(50_000, publishInterval / 8))
        while true {
            if pending.load(ordering: .acquiring) {
                let (commands, stop, request) = mailbox.withLock { box in
                    pending.store(false, ordering: .relaxed)
                    defer {
                        box.queue.removeAll()
                        box.pictureRequestChanged = false
                    }
                    return (box.queue, box.stopRequested, box.pictureRequestChanged ? box.pictureRequest : nil)
                }
                if let request { publisher.request = request }
                if !commands.isEmpty {
                    var entries: [Logged<State.LabCommand>] = []
                    for command in commands {
                        entries.append(Logged(step: state.sessionStep, command: command))
                        state.apply(command)
                    }
                    publish(state, &publisher, forced: true, log: entries)
                    pacer.restart()
                    stride.restart()
                } else if request != nil {
                    publish(state, &publisher, forced: false, log: [])  // the same state, pictured anew
                }
                if stop { break }
            }
            guard state.isPlaying else {
                waitForWork(until: nil)
                pacer.restart()
                stride.restart()
                continue
            }
            let rate = state.stepsPerSecond
            let paced = rate != nil
            if let rate {
                if let due = pacer.delay(now: MonotonicClock.now(), stepsPerSecond: rate) {
                    waitForWork(until: due)
                    continue
                }
                pacer.stepped()
            }
            state.step()
            if !state.isPlaying {
                publish(state, &publisher, forced: true, log: [])  // diverged: paused itself
            } else if let now = paced ? MonotonicClock.now() : stride.tick(), publisher.isDue(now) {
                publish(state, &publisher, forced: false, log: [])
                stride.rebase()
            }
        }
        publish(state, &publisher, forced: true, log: [])
        mailbox.withLock { $0.finished = true }
        exited.signal()
    }

    private func publish(_ state: State, _ publisher: inout State.LabPublisher, forced: Bool,
                         log entries: [Logged<State.LabCommand>]) {
        let snapshot = publisher.snapshot(of: state, now: MonotonicClock.now(), forced: forced)
        // The replaced snapshot is handed out of the lock, so that freeing it (when the
        // UI no longer holds it either) does not happen while the UI may be waiting.
        let (previous, observer) = mailbox.withLock { box in
            box.log.append(contentsOf: entries)
            let old = box.snapshot
            box.snapshot = snapshot
            return (old, box.publishObserver)
        }
        _ = previous
        observer?()
    }

    /// Blocks until a command, a new picture request or a stop arrives, or until
    /// `deadline` (nanoseconds of `MonotonicClock`) if given; returns at once if one is
    /// already waiting.
    private func waitForWork(until deadline: UInt64?) {
        let wait = mailbox.withLock { box in
            guard box.queue.isEmpty && !box.stopRequested && !box.pictureRequestChanged else { return false }
            box.threadWaiting = true
            return true
        }
        guard wait else { return }
        guard let deadline else {
            wakeUp.wait()
            return
        }
        if wakeUp.wait(timeout: DispatchTime(uptimeNanoseconds: deadline)) == .timedOut {
            // Whoever cleared the flag first owes a signal: if a sender did, take it now
            // so that the next wait does not return early.
            if !mailbox.withLock({ $0.claimWakeUp() }) { wakeUp.wait() }
        }
    }
}
