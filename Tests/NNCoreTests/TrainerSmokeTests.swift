import Testing
@testable import NNCore

@Suite struct TrainerSmokeTests {
    @Test func circleTrains() throws {
        var config = TrainingConfig()
        config.hiddenLayers = [8, 8]
        config.dataset.testRatio = 0
        var r = RandomSource(seed: 1, stream: .data)
        let data = DatasetGenerator.generate(.circle, count: 500, noise: 0, classes: 2, random: &r)
        var t = try Trainer(config: config, dataset: data)
        t.train(epochs: 200)
        let out = NetworkOutputs(network: t.network, inputs: t.trainInputs, problem: t.problem, loss: config.loss)
        var ok = 0
        for s in 0..<out.count where (out.value(point: s) > 0.5) == (t.trainInputs.labels[s] > 0.5) { ok += 1 }
        print("acc", Double(ok) / Double(out.count), "loss", out.meanLoss, "steps", t.steps)
        #expect(Double(ok) / Double(out.count) > 0.95)
    }
}
