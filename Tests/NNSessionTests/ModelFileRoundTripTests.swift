import Foundation
import NNCore
import Testing
@testable import NNSession

/// Saving and loading a model changes nothing: every parameter bit, the config
/// and the counters come back, and the text is stable.
@Suite struct ModelFileRoundTripTests {
    @Test func trainedNetworkRoundTripsBitForBit() throws {
        let config = TrainingConfig()
        var trainer = try Trainer(config: config, dataset: try DatasetFactory.make(config))
        trainer.train(epochs: 3)
        let model = ModelFile(network: trainer.network, config: trainer.config, problem: trainer.problem,
                              steps: trainer.steps, epochs: trainer.epochs)
        let decoded = try ModelFile.decode(try model.encoded(), path: "m.json")

        #expect(decoded == model)
        #expect(decoded.config == config)
        #expect(decoded.problem == trainer.problem)
        #expect(decoded.trained == TrainedCounts(steps: trainer.steps, epochs: 3))
        #expect(decoded.version == ModelFile.currentVersion)
        #expect(decoded.nnplay == ModelFile.nnplayVersion)
        let parameters = try decoded.parameters(for: trainer.network.layout, path: "m.json")
        #expect(parameters.map(\.bitPattern) == trainer.network.parameters.map(\.bitPattern))

        var reloaded = try Trainer(config: decoded.config, dataset: try DatasetFactory.make(decoded.config))
        try reloaded.load(parameters: parameters)
        #expect(reloaded.network == trainer.network)
    }

    @Test func awkwardDoublesRoundTripExactly() throws {
        let values: [Double] = [
            -0.0, 0, 0.1, 1.0 / 3, -2.0 / 3, .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude,
            -.greatestFiniteMagnitude, Double(bitPattern: 10), 1e21, 1e-7, 123456789.125, 0.30000000000000004, .pi, -.ulpOfOne,
        ]
        var model = ModelFixtures.tinyModel()
        model.layers = [LayerParameters(weights: [values], biases: [values[1]])]
        let decoded = try ModelFile.decode(try model.encoded(), path: "m.json")
        #expect(decoded.layers[0].weights[0].map(\.bitPattern) == values.map(\.bitPattern))
    }

    @Test func textIsPrettySortedAndStable() throws {
        let model = ModelFixtures.tinyModel()
        let text = try model.encoded()
        #expect(text.hasPrefix("{\n  \"config\" : {\n"))
        #expect(text.hasSuffix("\n}\n"))
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(topKeys == ["config", "format", "layers", "nnplay", "problem", "trained", "version"])
        #expect(text.contains("\n  \"format\" : \"nnplay-model\",\n"))
        #expect(text.contains("\n  \"problem\" : {\n    \"classification\" : {\n      \"classes\" : 2\n"))
        #expect(text.contains("\n  \"version\" : 1\n"))
        #expect(try ModelFile.decode(text, path: "m.json").encoded() == text)
    }

    @Test func regressionProblemRoundTrips() throws {
        var config = ModelFixtures.tinyConfig()
        config.dataset.kind = .regPlane
        config.output = .linear
        config.loss = .meanSquaredError
        let model = ModelFile(network: ModelFixtures.tinyNetwork(), config: config, problem: .regression,
                              steps: 0, epochs: 0)
        let text = try model.encoded()
        #expect(text.contains("\"problem\" : {\n    \"regression\" : {\n\n    }\n  }"))
        #expect(try ModelFile.decode(text, path: "m.json") == model)
    }

    @Test func divergedNetworkIsNotSaved() throws {
        var network = ModelFixtures.tinyNetwork()
        network.parameters[4] = .nan
        let model = ModelFile(network: network, config: ModelFixtures.tinyConfig(),
                              problem: .classification(classes: 2), steps: 5, epochs: 0)
        #expect(throws: InputError("the network has diverged (NaN or infinite weights); not saving")) {
            try model.encoded()
        }
        network.parameters[4] = -.infinity
        let infinite = ModelFile(network: network, config: ModelFixtures.tinyConfig(),
                                 problem: .classification(classes: 2), steps: 5, epochs: 0)
        #expect(throws: InputError("the network has diverged (NaN or infinite weights); not saving")) {
            try infinite.encoded()
        }
    }

    @Test func nonFiniteConfigIsNotSavedAndTheKeyIsNamed() throws {
        var model = ModelFixtures.tinyModel()
        model.config.optimizer.learningRate = .infinity
        #expect(throws: InputError("cannot save the model: config.optimizer.learningRate: inf is not a finite number")) {
            try model.encoded()
        }
    }
}
