import Testing
@testable import NNCore

@Suite struct DecisionGridTests {
    @Test func cellCentresCoverTheDomainUpright() {
        let grid = DecisionGrid(width: 4, height: 2, features: [.x1, .x2])
        #expect(grid.inputs.count == 8)
        // Row 0 is the top: x2 = 6 − 12·0.5/2 = 3; column 0: x1 = −6 + 12·0.5/4 = −4.5.
        #expect(grid.inputs.values[0] == -4.5 && grid.inputs.values[8] == 3)
        // Last cell: x1 = 4.5, x2 = −3.
        #expect(grid.inputs.values[7] == 4.5 && grid.inputs.values[15] == -3)
    }

    /// The grid's outputs are the network's outputs at those points, the same bits as
    /// evaluating each point alone, and neuron activations come out on request.
    @Test func evaluationMatchesPointByPoint() {
        let layout = NetworkLayout(sizes: [3, 5, 2, 1])
        var r = RandomSource(seed: 8)
        let network = Network(layout: layout, activation: .tanh, output: .sigmoid, initializer: .xavier, random: &r)
        let features: [Feature] = [.x1, .x2Squared, .sinX1]
        let grid = DecisionGrid(width: 13, height: 7, features: features)
        let out = grid.evaluate(network, includeNeurons: true)
        #expect(out.hidden.count == 2 && out.hidden[0].count == 5 * 91 && out.hidden[1].count == 2 * 91)
        for s in [0, 12, 45, 90] {
            let c = s % 13, row = s / 13
            let x1 = -6 + 12 * (Double(c) + 0.5) / 13, x2 = 6 - 12 * (Double(row) + 0.5) / 7
            let single = FeatureMatrix(points: [(x1, x2)], features: features)
            let alone = NetworkOutputs(network: network, inputs: single, problem: .regression, loss: nil)
            #expect(alone.value(point: 0) == out.value(point: s))
        }
    }
}
