import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The digits lab's run loop on a real engine and a scripted terminal: keys become
/// commands the engine logs, the pad reaches the engine as a request, and the engine
/// (not the loop) computes what is drawn for it.
@MainActor
@Suite struct DigitsLoopTests {
    @Test func keysReachTheEngineAndThePadIsAnsweredOnItsThread() throws {
        var config = DigitsDataset.defaultConfig
        config.hiddenLayers = [8]
        let engine = LabEngine(state: try DigitsLabState(config: config, digits: try DigitsFixture.digits()))
        defer { engine.stop() }
        let backend = ScriptedBackend(size: Size(width: 120, height: 40), script: [
            .init(at: .milliseconds(100), .input(.character(" "))),  // pen down on the pad
            .init(at: .milliseconds(200), .input(.down)),
            .init(at: .milliseconds(300), .input(.tab)),
            .init(at: .milliseconds(400), .input(.character("."))),  // one step
            .init(at: .milliseconds(500), .input(.character("r"))),
            .init(at: .seconds(1), .quit),
        ])
        let app = DigitsApp(link: .engine(engine), state: DigitsAppState(config: config))
        app.run(on: backend)
        engine.stop()
        #expect(engine.commandLog().map(\.command) == [.step, .resetWeights])
        #expect(backend.frames.first?.text.contains("nnplay digits") == true)
        var expected = DrawPad()
        expected.apply(.toggle)
        expected.apply(.move(rows: 1, columns: 0))
        #expect(app.state.pad == expected)
        let snapshot = engine.latestSnapshot()
        #expect(snapshot.pad == expected.pixels)
        let probabilities = try #require(snapshot.readout?.padProbabilities)
        let lab = DigitsLabState(playground: try PlaygroundState(config: config, csv: try DigitsFixture.digits()))
        #expect(probabilities.count == 10 && snapshot.readout?.predictions.count == lab.playground.trainer.testInputs.count)
    }
}
