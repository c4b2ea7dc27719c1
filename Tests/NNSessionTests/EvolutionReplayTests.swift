import Foundation
import NNCore
import NNSession
import Testing

/// A session trained with CMA-ES and the GA on the real threaded engine (switched to,
/// retuned, reset and switched back while playing) replays headless to the engine's
/// parameters bit for bit: the population's random numbers come from the seed alone.
@Suite struct EvolutionReplayTests {
    @Test func aCMAESSessionReplaysBitForBit() throws {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("cma.session")
        var config = TrainingConfig(dataset: DatasetConfig(kind: .xor), hiddenLayers: [4])
        config.dataset.count = 200
        config.optimizer = OptimizerConfig(kind: .cmaes)
        let start = try PlaygroundState(config: config)
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: start), checkpointInterval: 20)
        let engine = Engine(state: start)
        var settings = config
        let script: [(inout TrainingConfig) -> Command] = [
            { _ in .play },
            { $0.optimizer.sigma = 0.3; return .configure($0) },
            { _ in .pause },
            { _ in .step },
            { _ in .resetWeights },
            { _ in .play },
            { $0.optimizer = OptimizerConfig(kind: .ga, population: 10); return .configure($0) },
            { $0.optimizer.mutationRate = 0.3; return .configure($0) },
            { $0.optimizer = OptimizerConfig(kind: .cmaes, population: 8); return .configure($0) },
        ]
        for make in script {
            engine.send(make(&settings))
            for _ in 0..<2 {
                Thread.sleep(forTimeInterval: 0.002)
                let snapshot = try recorder.sync(with: engine)
                try recorder.frame(step: snapshot.sessionStep)
            }
        }
        let target = try recorder.sync(with: engine).sessionStep + 60
        let deadline = Date().addingTimeInterval(5)
        while try recorder.sync(with: engine).sessionStep < target && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.002)
        }
        engine.stop()
        try recorder.finish(engine: engine)
        let live = engine.latestSnapshot()
        #expect(live.config.optimizer.kind == .cmaes && live.evolution != nil)

        let session = try SessionReader.read(path)
        #expect(session.isComplete)
        let replay = try SessionReplayer(session: session, path: path).run()
        #expect(replay.steps == live.sessionStep)
        #expect(replay.checkpointsVerified >= 2)
        #expect(replay.state.trainer.gradientEvaluations == 0)
        #expect(replay.state.trainer.network.parameters.map(\.bitPattern) == live.network.parameters.map(\.bitPattern))
    }
}
