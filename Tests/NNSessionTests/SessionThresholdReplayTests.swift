import Foundation
import NNCore
import NNSession
import Testing

/// A threshold moved while the real engine trains is a recorded `configure`: training
/// carries on (same network, same epoch count), and the replay reaches the same
/// threshold at the same step with the same figures.
@Suite struct SessionThresholdReplayTests {
    @Test func aThresholdMovedWhileTrainingReplaysExactly() throws {
        let folder = try SessionTemporaryFolder()
        let path = folder.path("threshold.session")
        var config = TrainingConfig(dataset: DatasetConfig(kind: .circle, noise: 0.2, count: 200), hiddenLayers: [3])
        let start = try PlaygroundState(config: config)
        let recorder = try SessionRecorder(path: path, header: SessionHeader(state: start), checkpointInterval: 100)
        let engine = Engine(state: start)
        engine.send(.run(epochs: 10))
        let before = engine.waitForSnapshot { !$0.isPlaying && $0.epoch == 10 }
        config.threshold = 0.3
        engine.send(.configure(config))
        let moved = engine.waitForSnapshot { $0.config.threshold == 0.3 }
        #expect(moved.epoch == 10 && moved.network.parameters == before.network.parameters,
                "a threshold re-scores the same network: nothing restarts")
        engine.send(.run(epochs: 5))
        let live = engine.waitForSnapshot { !$0.isPlaying && $0.epoch == 15 }
        _ = try recorder.sync(with: engine)
        engine.stop()
        try recorder.finish(engine: engine)

        let session = try SessionReader.read(path)
        let replay = try SessionReplayer(session: session, path: path).run()
        #expect(replay.state.config.threshold == 0.3)
        #expect(replay.state.trainer.epochs == 15 && replay.steps == live.sessionStep)
        #expect(replay.state.trainer.network.parameters.map(\.bitPattern) == live.network.parameters.map(\.bitPattern))
        #expect(replay.state.metrics() == live.metrics, "accuracy at t = 0.3, live and replayed")
        // The figures really are at 0.3: the live accuracy is the one counted at 0.3.
        func accuracy(at t: Double) -> Double? {
            SetEvaluation(network: replay.state.trainer.network, inputs: replay.state.trainer.trainInputs,
                          problem: replay.state.problem, loss: config.loss, penalty: 0, threshold: t).accuracy
        }
        #expect(live.metrics.train.accuracy == accuracy(at: 0.3))
        #expect(replay.state.trainer.evaluate().train.accuracy == accuracy(at: 0.3))
    }
}
