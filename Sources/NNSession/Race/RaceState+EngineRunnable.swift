/// A race is what `LabEngine<RaceState>` runs: race commands, race snapshots (every
/// variant's, with their decision grids), and pictures at the screen's sizes as what
/// the race screen requests.
extension RaceState: EngineRunnable {
    package typealias LabCommand = RaceLabCommand
    package typealias LabSnapshot = RaceSnapshot
    package typealias LabRequest = PictureRequest
    package typealias LabPublisher = RacePublisher
}

extension RaceSnapshot: EngineSnapshot {}
