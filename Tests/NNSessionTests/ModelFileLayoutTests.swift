import NNCore
import Testing
@testable import NNSession

/// The documented meaning of `layers[l].weights[i][j]` and `biases[i]` against the
/// core's flat parameter order.
@Suite struct ModelFileLayoutTests {
    @Test func weightsAreRowsPerNeuronAndLandAtTheLayoutsFlatIndex() throws {
        let network = ModelFixtures.tinyNetwork()
        let model = ModelFixtures.tinyModel()
        let layout = network.layout
        // Layer 0: 3 neurons × 2 inputs at flat 0…5, biases at 6…8;
        // layer 1: 1 neuron × 3 inputs at 9…11, bias at 12.
        #expect(model.layers.count == 2)
        #expect(model.layers[0].weights == [[0.5, 1.5], [2.5, 3.5], [4.5, 5.5]])
        #expect(model.layers[0].biases == [6.5, 7.5, 8.5])
        #expect(model.layers[1].weights == [[9.5, 10.5, 11.5]])
        #expect(model.layers[1].biases == [12.5])
        for l in 0..<layout.layerCount {
            for i in 0..<layout.sizes[l + 1] {
                for j in 0..<layout.sizes[l] {
                    #expect(model.layers[l].weights[i][j] == network.weight(layer: l, neuron: i, input: j))
                }
                #expect(model.layers[l].biases[i] == network.bias(layer: l, neuron: i))
            }
        }
        #expect(try model.parameters(for: layout, path: "m.json") == network.parameters)
    }

    @Test func handWrittenFileReadsIntoTheFlatOrder() throws {
        let model = try ModelFile.decode(ModelFixtures.text(), path: "m.json")
        #expect(model == ModelFixtures.tinyModel())
        let flat = try model.parameters(for: NetworkLayout(sizes: [2, 3, 1]), path: "m.json")
        #expect(flat == (0..<13).map { 0.5 + Double($0) })
    }
}
