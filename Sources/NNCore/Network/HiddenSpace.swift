/// Where the input plane lands in a hidden layer, seen on two of its neurons, as in
/// ConvNetJS's 2-D classification demo: each point (x1, x2) is pushed through the
/// network up to hidden layer `layer`, and its position there is the activations
/// (a_i, a_j) of the two chosen neurons. The grid lines of the plane, mapped the same
/// way, show how the layer bends, folds and stretches space until the classes can be
/// cut by a straight line.
package struct HiddenSpace: Sendable {
    /// The hidden layer (0 = the first hidden layer).
    package let layer: Int
    /// The two neurons of that layer that give the horizontal and vertical position.
    package let neurons: (Int, Int)

    /// nil when `network` has no such hidden layer or neurons.
    package init?(network: Network, layer: Int, neurons: (Int, Int)) {
        let hiddenSizes = network.layout.sizes.dropFirst().dropLast()
        guard hiddenSizes.indices.contains(layer + 1) else { return nil }
        let size = network.layout.sizes[layer + 1]
        guard (0..<size).contains(neurons.0), (0..<size).contains(neurons.1) else { return nil }
        self.layer = layer
        self.neurons = neurons
    }

    /// The positions (a_i, a_j) of `points` (plane coordinates) with input `features`.
    package func project(_ network: Network, points: [(x1: Double, x2: Double)],
                        features: [Feature]) -> [(Double, Double)] {
        guard !points.isEmpty else { return [] }
        let outputs = NetworkOutputs(network: network, inputs: FeatureMatrix(points: points, features: features),
                                     problem: .regression, loss: nil, includeHidden: true)
        let activations = outputs.hidden[layer], n = points.count
        return (0..<n).map { (activations[neurons.0 * n + $0], activations[neurons.1 * n + $0]) }
    }

    /// The plane's grid lines: `lines` vertical lines (constant x1) then `lines`
    /// horizontal ones (constant x2), evenly spaced over `domain` edge to edge, each
    /// sampled at `samples` points so that a curved image still looks smooth.
    package static func gridLines(lines: Int, samples: Int,
                                 domain: ClosedRange<Double> = DatasetGenerator.domain) -> [[(x1: Double, x2: Double)]] {
        guard lines >= 2, samples >= 2 else { return [] }
        let low = domain.lowerBound, span = domain.upperBound - domain.lowerBound
        func at(_ k: Int, of count: Int) -> Double { low + span * Double(k) / Double(count - 1) }
        let vertical = (0..<lines).map { l in (0..<samples).map { s in (x1: at(l, of: lines), x2: at(s, of: samples)) } }
        let horizontal = (0..<lines).map { l in (0..<samples).map { s in (x1: at(s, of: samples), x2: at(l, of: lines)) } }
        return vertical + horizontal
    }
}
