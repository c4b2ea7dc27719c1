/// What the engine's thread can run (`LabEngine`): a deterministic state that applies
/// commands at step boundaries, steps, and is pictured in immutable snapshots.
///
/// The playground (`PlaygroundState`) is one; each lab (landscape, race, digits, curves)
/// is another. Determinism is the state's duty: replaying its logged commands at their
/// steps on a fresh state must give the same bits, however the sends were timed.
package protocol EngineRunnable: Sendable {
    /// A change to the state; logged with the session step at which it took effect.
    associatedtype LabCommand: Sendable
    /// What the UI draws from; published whole, never edited.
    associatedtype LabSnapshot: EngineSnapshot
    /// What a screen asks the engine to compute for it besides the state (pictures at
    /// its sizes, say). Not a command: never logged, never changes a result.
    associatedtype LabRequest: Sendable & Equatable
    /// The engine thread's publishing bookkeeping for this kind of state.
    associatedtype LabPublisher: EngineSnapshotting where LabPublisher.State == Self

    /// Steps since the session began: the command log's clock.
    var sessionStep: Int { get }
    /// Whether the engine should step (false: it sleeps until a command arrives).
    var isPlaying: Bool { get }
    /// The pace in steps per second while playing; nil for as fast as possible.
    var stepsPerSecond: Int? { get }

    /// Applies `command` at the current step boundary (a refused command is recorded
    /// in the state, never thrown: the engine has nobody to throw to).
    mutating func apply(_ command: LabCommand)
    /// One step; false when nothing was done (diverged, say), and then the state pauses.
    @discardableResult
    mutating func step() -> Bool
}

/// A published snapshot: `version` changes whenever what it shows does, so a screen
/// redraws only when there is something new.
package protocol EngineSnapshot: Sendable {
    var version: Int { get }
}

/// How the engine's thread turns a state into snapshots: when one is due while
/// playing, and what goes into it (the screen's `request` included). Lives on the
/// engine's thread only.
package protocol EngineSnapshotting: Sendable {
    associatedtype State: EngineRunnable
    /// `interval`: nanoseconds between two snapshots while playing.
    init(interval: UInt64)
    /// What the screen asked for last (nil: nothing).
    var request: State.LabRequest? { get set }
    /// Whether a snapshot is due at `now` (nanoseconds of `MonotonicClock`) while playing.
    func isDue(_ now: UInt64) -> Bool
    /// The snapshot of `state` to publish at `now`; `forced` after commands, on pausing
    /// and on stopping (then every figure is measured afresh).
    mutating func snapshot(of state: State, now: UInt64, forced: Bool) -> State.LabSnapshot
}
