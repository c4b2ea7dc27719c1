import NNCore
import Testing
@testable import NNSession

/// `parameters(for:path:)` checks every shape against the network it is loaded
/// into and names the layer and what differs.
@Suite struct ModelFileShapeTests {
    /// The error `parameters(for:)` gives for the tiny 2-3-1 model and `sizes`.
    static func error(_ model: ModelFile = ModelFixtures.tinyModel(), sizes: [Int]) -> String {
        do {
            _ = try model.parameters(for: NetworkLayout(sizes: sizes), path: "model.json")
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func matchingLayoutGivesNoError() {
        #expect(Self.error(sizes: [2, 3, 1]) == "no error")
    }

    @Test func layerCount() {
        #expect(Self.error(sizes: [2, 3, 3, 1])
                == "model.json: the model has 2 layers but the network has 3 (check --hidden)")
        #expect(Self.error(sizes: [2, 1])
                == "model.json: the model has 2 layers but the network has 1 (check --hidden)")
    }

    @Test func neuronCounts() {
        #expect(Self.error(sizes: [2, 4, 1])
                == "model.json: layer 0 has 3 neurons but the network needs 4 (check --hidden)")
        #expect(Self.error(sizes: [2, 3, 2])
                == "model.json: layer 1 has 1 neuron but the network needs 2 (check --output and the dataset)")
    }

    @Test func inputCounts() {
        #expect(Self.error(sizes: [3, 3, 1])
                == "model.json: layer 0 neuron 0 has 2 weights but the network has 3 inputs (check --features)")
        var model = ModelFixtures.tinyModel()
        model.layers[1].weights[0].append(0.25)
        #expect(Self.error(model, sizes: [2, 3, 1])
                == "model.json: layer 1 neuron 0 has 4 weights but layer 0 has 3 neurons")
        model = ModelFixtures.tinyModel()
        model.layers[0].weights[2].removeLast()
        #expect(Self.error(model, sizes: [2, 3, 1])
                == "model.json: layer 0 neuron 2 has 1 weight but the network has 2 inputs (check --features)")
    }

    @Test func biasCounts() {
        var model = ModelFixtures.tinyModel()
        model.layers[0].biases.removeLast()
        #expect(Self.error(model, sizes: [2, 3, 1]) == "model.json: layer 0 has 3 neurons but 2 biases")
        model.layers[0].biases = [1]
        #expect(Self.error(model, sizes: [2, 3, 1]) == "model.json: layer 0 has 3 neurons but 1 bias")
    }

    @Test func nonFiniteParametersAreRefused() {
        var model = ModelFixtures.tinyModel()
        model.layers[1].biases[0] = .nan
        #expect(Self.error(model, sizes: [2, 3, 1]) == "model.json: the model has NaN or infinite weights")
    }
}
