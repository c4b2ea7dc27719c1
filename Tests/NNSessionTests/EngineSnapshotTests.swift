import Foundation
import NNCore
import NNSession
import Synchronization
import Testing

/// A reader hammering `latestSnapshot()` while the engine trains and rebuilds never sees
/// a half-updated snapshot.
@Suite struct EngineSnapshotTests {
    /// What must hold in any snapshot taken while only shape changes and resets are sent
    /// (so steps per epoch stay fixed between rebuilds).
    private static func problems(_ s: Snapshot, totalPoints: Int) -> [String] {
        var found: [String] = []
        let sizes = s.config.layerSizes(for: s.problem)
        if s.network.layout.sizes != sizes { found.append("layout \(s.network.layout.sizes) vs config \(sizes)") }
        if s.network.parameters.count != NetworkLayout(sizes: sizes).parameterCount { found.append("parameter count") }
        if s.epoch != s.step / s.stepsPerEpoch { found.append("epoch \(s.epoch) at step \(s.step)") }
        if s.trainSamples.count + s.testSamples.count != totalPoints { found.append("points") }
        if let last = s.lossHistory.points.last, last.epoch > s.epoch || last.step > s.step {
            found.append("history ahead of the network")
        }
        if s.metrics.sessionStep > s.sessionStep { found.append("metrics from the future") }
        if s.metrics.train.count != s.trainSamples.count { found.append("metrics of other points") }
        return found
    }

    @Test func concurrentReadersNeverSeeATornSnapshot() async throws {
        let state = try PlaygroundState(config: TrainingConfig())
        let total = state.trainer.split.train.count + state.trainer.split.test.count
        let engine = Engine(state: state, options: Engine.Options(publishInterval: .microseconds(200)))
        let done = Atomic<Bool>(false)
        engine.send(.play)
        async let report: (reads: Int, distinct: Int, problems: [String]) = Task.detached { [engine] in
            var reads = 0, problems: [String] = [], versions = Set<Int>(), lastVersion = -1, lastStep = -1
            while !done.load(ordering: .relaxed) {
                let s = engine.latestSnapshot()
                reads += 1
                versions.insert(s.version)
                problems += Self.problems(s, totalPoints: total)
                if s.version < lastVersion || s.sessionStep < lastStep { problems.append("went back in time") }
                lastVersion = s.version
                lastStep = s.sessionStep
            }
            return (reads, versions.count, problems)
        }.value
        var config = state.config
        let shapes: [[Int]] = [[8], [3, 3], [6, 6, 2], [4, 2], [1]]
        for (i, shape) in shapes.enumerated() {
            try await Task.sleep(for: .milliseconds(20))
            config.hiddenLayers = shape
            config.features = i % 2 == 0 ? [.x1, .x2, .sinX1] : [.x1, .x2]
            engine.send(.configure(config))
            try await Task.sleep(for: .milliseconds(10))
            engine.send(.resetWeights)
        }
        try await Task.sleep(for: .milliseconds(20))
        done.store(true, ordering: .relaxed)
        let result = await report
        engine.stop()
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
        #expect(result.reads > 10)
        #expect(result.distinct > 1)
        #expect(engine.latestSnapshot().config.hiddenLayers == [1])
    }
}
