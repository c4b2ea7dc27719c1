/// The landscape lab is what `LabEngine<LandscapeLabState>` runs: its commands, its
/// snapshots, and the surface's raster at the screen's pixel size as what a screen may request.
extension LandscapeLabState: EngineRunnable {
    package typealias LabCommand = LandscapeLabCommand
    package typealias LabSnapshot = LandscapeLabSnapshot
    package typealias LabRequest = LandscapeRasterRequest
    package typealias LabPublisher = LandscapeLabPublisher
}

extension LandscapeLabSnapshot: EngineSnapshot {}

extension LandscapeLabPublisher: EngineSnapshotting {
    package typealias State = LandscapeLabState
}
