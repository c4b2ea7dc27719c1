import NNCore
import NNSession
import Testing
@testable import NNTUI

/// The digits lab trained by CMA-ES (no gradient): its status line and its loss chart
/// count generations, as the playground's do.
@Suite struct DigitsGenerationsTests {
    @Test func theStatusAndTheLossChartCountGenerations() throws {
        var config = DigitsDataset.defaultConfig
        config.hiddenLayers = [4]
        config.optimizer = OptimizerConfig(kind: .cmaes, learningRate: config.optimizer.learningRate)
        var lab = try DigitsLabState(config: config, digits: try DigitsFixture.digits())
        for _ in 0..<5 { lab.step() }
        #expect(lab.playground.trainer.epochs == 5, "a step is a generation")
        let snapshot = DigitsSnapshot(playground: lab.playground.snapshot(), readout: lab.readout(pad: nil), pad: nil)
        var state = DigitsAppState(config: config)
        state.adopt(snapshot)
        state.paneView = .curves
        let frame = DigitsFixture.dump(snapshot, state, size: Size(width: 80, height: 24), tier: .monochrome)
        #expect(frame.contains("❚❚ paused   generation 5   step 5"), "\(frame)")
        #expect(frame.contains("generation 5│") && !frame.contains("epoch"), "\(frame)")
    }
}
