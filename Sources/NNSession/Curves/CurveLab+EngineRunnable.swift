/// The curve lab runs on the generic engine (`LabEngine<CurveLab>`): its commands,
/// snapshots, the screen's request (how many x to sample the curves at) and publisher.
extension CurveLab: EngineRunnable {
    package typealias LabCommand = CurveLabCommand
    package typealias LabSnapshot = CurveLabSnapshot
    package typealias LabRequest = CurveLabRequest
    package typealias LabPublisher = CurveLabPublisher
}

extension CurveLabSnapshot: EngineSnapshot {}

extension CurveLabPublisher: EngineSnapshotting {
    package typealias State = CurveLab
}
