import Testing
@testable import NNCore

/// `HiddenSpace` against the layer's formula a = f(W·x + b) worked out by hand.
@Suite struct HiddenSpaceTests {
    /// 2 → 3 → 2 → 1 with tanh and chosen first-layer parameters.
    static func network() -> Network {
        var r = RandomSource(seed: 2, stream: .initialization)
        var net = Network(layout: NetworkLayout(sizes: [2, 3, 2, 1]), activation: .tanh, output: .sigmoid,
                          initializer: .xavier, random: &r)
        let layout = net.layout
        let w: [[Double]] = [[0.5, -1], [2, 0.25], [-0.75, 0.5]], b: [Double] = [0.1, -0.2, 0.3]
        for i in 0..<3 {
            for j in 0..<2 { net.parameters[layout.weightIndex(layer: 0, neuron: i, input: j)] = w[i][j] }
            net.parameters[layout.biasOffsets[0] + i] = b[i]
        }
        return net
    }

    @Test func firstLayerPositionsAreTanhOfTheAffineMap() throws {
        let net = HiddenSpaceTests.network()
        let space = try #require(HiddenSpace(network: net, layer: 0, neurons: (2, 0)))
        let points: [(x1: Double, x2: Double)] = [(0, 0), (1, -2), (-3.5, 4)]
        let mapped = space.project(net, points: points, features: [.x1, .x2])
        for (p, m) in zip(points, mapped) {
            let a2 = tanhReference(-0.75 * p.x1 + 0.5 * p.x2 + 0.3)
            let a0 = tanhReference(0.5 * p.x1 - 1 * p.x2 + 0.1)
            #expect(abs(m.0 - a2) < 1e-12 && abs(m.1 - a0) < 1e-12)
        }
    }

    /// The second hidden layer's positions are the network's own hidden activations.
    @Test func deeperLayerMatchesTheNetworksHiddenOutputs() throws {
        let net = HiddenSpaceTests.network()
        let space = try #require(HiddenSpace(network: net, layer: 1, neurons: (1, 0)))
        let points: [(x1: Double, x2: Double)] = [(2, 2), (-1, 0.5)]
        let outputs = NetworkOutputs(network: net, inputs: FeatureMatrix(points: points, features: [.x1, .x2]),
                                     problem: .regression, loss: nil, includeHidden: true)
        let mapped = space.project(net, points: points, features: [.x1, .x2])
        #expect(mapped[0].0 == outputs.hidden[1][2] && mapped[0].1 == outputs.hidden[1][0])
        #expect(mapped[1].0 == outputs.hidden[1][3] && mapped[1].1 == outputs.hidden[1][1])
    }

    @Test func refusesLayersAndNeuronsThatDoNotExist() {
        let net = HiddenSpaceTests.network()
        #expect(HiddenSpace(network: net, layer: 2, neurons: (0, 1)) == nil)  // the output layer
        #expect(HiddenSpace(network: net, layer: 1, neurons: (0, 2)) == nil)  // layer 1 has 2 neurons
        #expect(HiddenSpace(network: net, layer: -1, neurons: (0, 1)) == nil)
    }

    @Test func gridLinesSpanTheDomainEdgeToEdge() {
        let lines = HiddenSpace.gridLines(lines: 5, samples: 3)
        #expect(lines.count == 10)
        #expect(lines[0].map(\.x1) == [-6, -6, -6] && lines[0].map(\.x2) == [-6, 0, 6])
        #expect(lines[9].map(\.x2) == [6, 6, 6] && lines[9].map(\.x1) == [-6, 0, 6])
        #expect(HiddenSpace.gridLines(lines: 1, samples: 3).isEmpty)
    }

    /// tanh z = (e^{2z} − 1)/(e^{2z} + 1) summed here, independent
    /// of the core's vector tanh (e^{2|z|} by its Taylor series; tanh is odd).
    func tanhReference(_ z: Double) -> Double {
        if z < 0 { return -tanhReference(-z) }
        var e = 1.0, term = 1.0
        for k in 1...60 { term *= 2 * z / Double(k); e += term }
        return (e - 1) / (e + 1)
    }
}
