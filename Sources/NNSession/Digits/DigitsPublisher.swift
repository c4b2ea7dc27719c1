import NNCore

/// The engine thread's bookkeeping for the digits lab's snapshots: the playground's own
/// (`EnginePublisher`: when one is due, the figures, the speed) plus the readout
/// (`DigitsReadout`) of the network for the pad the screen sent last. The readout (a
/// forward pass over the test images) is computed again when the network or the pad
/// changed: at once for a forced snapshot (after a command, on pausing, for a new pad),
/// and while training at most every `readoutInterval`.
package struct DigitsPublisher: Sendable {
    private var inner: EnginePublisher
    /// The pad the screen asked about last; nil: none yet.
    package var request: DigitsRequest? {
        didSet { if request != oldValue { padRevision += 1 } }
    }
    private var padRevision = 0
    private var readout: DigitsReadout?
    private var readoutFor: (version: Int, padRevision: Int)?
    private var readoutTime: UInt64 = 0
    private var accuracy = AccuracyHistory()
    /// The least time between two readouts while training (nanoseconds).
    static let readoutInterval: UInt64 = 50_000_000

    package init(interval: UInt64) {
        inner = EnginePublisher(interval: interval)
    }

    package func isDue(_ now: UInt64) -> Bool {
        inner.isDue(now)
    }

    /// The snapshot of `state` to publish at `now`.
    package mutating func snapshot(of state: DigitsLabState, now: UInt64, forced: Bool) -> DigitsSnapshot {
        let playground = inner.snapshot(of: state.playground, now: now, forced: forced)
        let current = (version: state.version, padRevision: padRevision)
        let stale = readoutFor.map { $0 != current } ?? true
        if readout == nil || (stale && (forced || now &- readoutTime >= Self.readoutInterval)) {
            let fresh = state.readout(pad: request?.pad)
            readout = fresh
            readoutFor = current
            readoutTime = now
            if fresh.confusion.total > 0 {
                accuracy.record(epoch: state.playground.trainer.epochs, accuracy: fresh.confusion.accuracy)
            }
        }
        return DigitsSnapshot(playground: playground, readout: readout, pad: request?.pad, padRevision: padRevision,
                              accuracy: accuracy)
    }
}
