/// A W×H grid of points over the playground's square [−6, 6]², ready to push through a
/// network in one batched call: the pictures of a network (`PicturePainter`: the
/// heatmap and the neuron thumbnails) are computed on grids. Point (column c, row r)
/// is the centre of that cell, with row 0 at the top (x2 = +6 side) so that the
/// picture is upright:
/// x1 = −6 + 12·(c + ½)/W, x2 = 6 − 12·(r + ½)/H.
/// The features are computed once, when the grid is made; reuse a grid for as long
/// as its size and features do not change.
package struct DecisionGrid: Sendable {
    package let width: Int
    package let height: Int
    package let inputs: FeatureMatrix

    package init(width: Int, height: Int, features: [Feature],
                domain: ClosedRange<Double> = DatasetGenerator.domain) {
        precondition(width > 0 && height > 0, "a grid needs at least one cell")
        self.width = width
        self.height = height
        var points: [(x1: Double, x2: Double)] = []
        points.reserveCapacity(width * height)
        for r in 0..<height {
            for c in 0..<width {
                points.append(DecisionGrid.point(x: c, y: r, width: width, height: height, domain: domain))
            }
        }
        inputs = FeatureMatrix(points: points, features: features)
    }

    /// The features this grid was computed for.
    package var features: [Feature] { inputs.features }

    /// The network's outputs at every cell (point index r·W + c), and with
    /// `includeNeurons` every hidden neuron's activation too.
    package func evaluate(_ network: Network, includeNeurons: Bool = false) -> NetworkOutputs {
        NetworkOutputs(network: network, inputs: inputs, problem: .regression, loss: nil, includeHidden: includeNeurons)
    }
}
