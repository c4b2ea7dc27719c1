/// What the hidden-space view draws (ConvNetJS's 2-D demo): the training points and
/// the grid lines of the input plane, mapped through one hidden layer and placed by
/// the activations of two of its neurons (`HiddenSpace`), with the range they span so
/// that the view only scales numbers.
package struct HiddenSpaceInspection: Equatable, Sendable {
    /// One mapped point and its label.
    package struct Point: Equatable, Sendable {
        package var x: Double
        package var y: Double
        package var label: Double
    }

    /// The hidden layer (0 = first), its size and the two neurons shown.
    package let layer: Int
    package let layerSize: Int
    package let neurons: [Int]
    /// How many hidden layers the network has.
    package let hiddenLayers: Int
    package let points: [Point]
    /// Each grid line as its mapped samples (vertical lines of the plane first).
    package let lines: [[Point]]
    /// The smallest box holding every finite point and line sample.
    package let xRange: ClosedRange<Double>
    package let yRange: ClosedRange<Double>

    /// Grid lines per direction and samples per line.
    package static let gridLines = 9, lineSamples = 24

    /// Maps `samples` and the plane's grid through hidden layer `layer` of `network`,
    /// seen on `neurons`; nil when the network has no such layer (then the view says so).
    package init?(network: Network, features: [Feature], samples: [Sample], layer: Int, neurons: [Int]) {
        guard neurons.count == 2,
              let space = HiddenSpace(network: network, layer: layer, neurons: (neurons[0], neurons[1])) else {
            return nil
        }
        self.layer = layer
        layerSize = network.layout.sizes[layer + 1]
        self.neurons = neurons
        hiddenLayers = network.layout.layerCount - 1
        let mapped = space.project(network, points: samples.map { (x1: $0.x1, x2: $0.x2) }, features: features)
        points = zip(mapped, samples).map { Point(x: $0.0, y: $0.1, label: $1.label) }
        let grid = HiddenSpace.gridLines(lines: HiddenSpaceInspection.gridLines,
                                         samples: HiddenSpaceInspection.lineSamples)
        let flat = space.project(network, points: grid.flatMap { $0 }, features: features)
        let perLine = HiddenSpaceInspection.lineSamples
        lines = grid.indices.map { l in
            (0..<perLine).map { s in Point(x: flat[l * perLine + s].0, y: flat[l * perLine + s].1, label: 0) }
        }
        let all = points + lines.flatMap { $0 }
        xRange = HiddenSpaceInspection.range(all.map(\.x))
        yRange = HiddenSpaceInspection.range(all.map(\.y))
    }

    /// From the smallest to the largest finite value, widened when flat (−1…1 if none).
    package static func range(_ values: [Double]) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return -1...1 }
        return high > low ? low...high : (low - 1)...(high + 1)
    }
}
