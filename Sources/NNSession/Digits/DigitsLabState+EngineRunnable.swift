/// The digits lab is what `LabEngine<DigitsLabState>` runs: the playground's commands,
/// snapshots with the readout of the network, and the pad as what its screen requests.
extension DigitsLabState: EngineRunnable {
    package typealias LabCommand = Command
    package typealias LabSnapshot = DigitsSnapshot
    package typealias LabRequest = DigitsRequest
    package typealias LabPublisher = DigitsPublisher
}

extension DigitsSnapshot: EngineSnapshot {}

extension DigitsPublisher: EngineSnapshotting {
    package typealias State = DigitsLabState
}

/// What a session recorder needs from a running digits lab: the latest snapshot with
/// exactly the log entries applied before it.
extension LabEngine where State == DigitsLabState {
    package func snapshotAndLog(from index: Int) -> (snapshot: DigitsSnapshot, log: [LoggedCommand]) {
        core.mailbox.withLock { box in
            (box.snapshot, index < box.log.count ? Array(box.log[max(0, index)...]) : [])
        }
    }
}
