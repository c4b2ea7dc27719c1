import Foundation

/// Runs a state (the playground, a lab: any `EngineRunnable`) on a thread of its own, so
/// the UI never waits on training (ARCHITECTURE.md, invariant 3). `Engine` is the
/// playground's.
///
/// - `send(_:)` queues a command; the thread applies it at the next step boundary and
///   logs it with the session step at which it took effect (`commandLog()`). Replaying
///   that log on a fresh state (`PlaygroundState.replay`) gives bit-identical
///   parameters, however the sends were timed.
/// - While playing the thread trains as fast as it can (or at the state's speed cap)
///   and publishes a fresh `Snapshot` every `Options.publishInterval`; it always
///   publishes after commands, on pausing (also when training diverges) and on
///   stopping. `latestSnapshot()` is a quick copy under a lock; `observePublishing`
///   tells a sleeping UI when there is a new one.
/// - While paused the thread blocks on a semaphore until a command arrives: no CPU.
/// - `requestPictures(_:)` tells the thread which pictures of the network the screen
///   draws; it computes them (`EnginePictures`) and publishes them with the snapshots,
///   so the UI thread only draws.
///
/// Headless replay needs no engine: drive the state directly.
package final class LabEngine<State: EngineRunnable>: Sendable {
    package struct Options: Sendable {
        /// Time between two snapshots while training (the UI draws at most this often).
        package var publishInterval: Duration

        package init(publishInterval: Duration = .milliseconds(5)) {
            self.publishInterval = publishInterval
        }
    }

    /// The state the engine started from (the header of a recorded session).
    package let initialState: State
    let core: EngineCore<State>

    /// Starts the engine's thread on `state` (which is paused unless it was playing).
    package init(state: State, options: Options = Options()) {
        initialState = state
        let interval = max(1, MonotonicClock.nanoseconds(options.publishInterval))
        var publisher = State.LabPublisher(interval: interval)
        let core = EngineCore<State>(snapshot: publisher.snapshot(of: state, now: MonotonicClock.now(), forced: true),
                                     publishInterval: interval)
        self.core = core
        let started = publisher
        let thread = Thread { core.run(state, publisher: started) }
        thread.name = "nnplay.engine"
        thread.start()
    }

    /// Stops the thread without waiting (`stop()` waits).
    deinit {
        core.requestStop()
    }

    /// Queues `command` for the next step boundary. Never blocks on training; ignored
    /// once the engine has stopped.
    package func send(_ command: State.LabCommand) {
        core.send(command)
    }

    /// Asks for what the screen draws besides the state (for the playground, pictures
    /// of the network, `Snapshot.pictures`, at `request`'s sizes) in the snapshots from now on. Not a command: never logged, no effect on training.
    /// Cheap when nothing changed, so a screen may call it every frame; a new request
    /// is answered with a fresh snapshot at once, even while paused.
    package func requestPictures(_ request: State.LabRequest) {
        core.requestPictures(request)
    }

    /// The most recently published snapshot.
    package func latestSnapshot() -> State.LabSnapshot {
        core.mailbox.withLock { $0.snapshot }
    }

    /// The version of the most recently published snapshot (without copying it).
    package var latestVersion: Int {
        core.mailbox.withLock { $0.snapshot.version }
    }

    /// Calls `observer` on the engine's thread after every snapshot it publishes (nil:
    /// no longer). It must be quick and must not call back into the engine: a run loop
    /// uses it to sleep until there is something new to draw instead of polling.
    package func observePublishing(_ observer: (@Sendable () -> Void)?) {
        core.mailbox.withLock { $0.publishObserver = observer }
    }

    /// Every command applied so far, with its session step, in the order applied.
    package func commandLog() -> [Logged<State.LabCommand>] {
        core.mailbox.withLock { $0.log }
    }

    /// The log entries from `index` on (for a recorder that writes as it goes).
    package func commandLog(from index: Int) -> [Logged<State.LabCommand>] {
        core.mailbox.withLock { box in
            index < box.log.count ? Array(box.log[max(0, index)...]) : []
        }
    }

    /// Whether the thread has ended.
    package var isStopped: Bool {
        core.mailbox.withLock { $0.finished }
    }

    /// Ends the thread after the current step (commands sent before are still applied
    /// and logged) and waits until it has published its final snapshot. Safe to call
    /// twice; commands sent afterwards are ignored.
    package func stop() {
        core.requestStop()
        core.waitUntilFinished()
    }
}

/// The playground's engine.
package typealias Engine = LabEngine<PlaygroundState>
