/// The playground is what `Engine` (`LabEngine<PlaygroundState>`) runs: its commands,
/// its snapshots, and pictures of the network as what a screen may request.
extension PlaygroundState: EngineRunnable {
    package typealias LabCommand = Command
    package typealias LabSnapshot = Snapshot
    package typealias LabRequest = PictureRequest
    package typealias LabPublisher = EnginePublisher
}

extension Snapshot: EngineSnapshot {}
